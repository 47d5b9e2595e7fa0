package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgChoiceTest {

    private static final Org HARTLEY = new Org(7001, "Hartley & Moss LLP");
    private static final Org RIVERA = new Org(7002, "Rivera Injury Group");

    @Test
    void theOnlyOrgIsChosenAutomatically() {
        assertEquals(Optional.of(HARTLEY), OrgChoice.automatic(List.of(HARTLEY), Optional.empty()));
        assertEquals(Optional.of(HARTLEY), OrgChoice.automatic(List.of(HARTLEY), Optional.of(7002)));
    }

    @Test
    void severalOrgsNeedAChoiceUnlessOneWasRemembered() {
        assertEquals(Optional.empty(), OrgChoice.automatic(List.of(HARTLEY, RIVERA), Optional.empty()));
        assertEquals(Optional.of(RIVERA), OrgChoice.automatic(List.of(HARTLEY, RIVERA), Optional.of(7002)));
    }

    @Test
    void aRememberedOrgTheUserLeftIsIgnored() {
        assertEquals(Optional.empty(), OrgChoice.automatic(List.of(HARTLEY, RIVERA), Optional.of(9999)));
    }

    @Test
    void noOrgsMeansNoChoice() {
        assertEquals(Optional.empty(), OrgChoice.automatic(List.of(), Optional.of(7001)));
    }

    @Test
    void theSessionOnlyAcceptsTheUsersOwnOrgs() {
        FilevineIdentity identity = new FilevineIdentity();
        identity.signedIn(new SignedInUser(10001, "Alice", "Moss", "a@example", "alice"), List.of(HARTLEY, RIVERA),
                Optional.empty(), Instant.now());
        assertTrue(identity.chosenOrg().isEmpty());
        assertFalse(identity.choose(4242), "an org id from a tampered form");
        assertTrue(identity.chosenOrg().isEmpty());
        assertTrue(identity.choose(7002));
        assertEquals(Optional.of(RIVERA), identity.chosenOrg());
    }
}
