package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.testing.FakeSession;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInsInProgressTest {

    private static SignInsInProgress limitedTo(int max) {
        SignInsInProgress signIns = new SignInsInProgress();
        signIns.max = max;
        return signIns;
    }

    @Test
    void pastTheLimitTheOldestSignInEnds() {
        SignInsInProgress signIns = limitedTo(2);
        FakeSession first = new FakeSession("a");
        FakeSession second = new FakeSession("b");
        FakeSession third = new FakeSession("c");
        signIns.started(first.session);
        signIns.started(second.session);
        signIns.started(first.session); // a second start of the same session keeps its place
        assertEquals(2, signIns.count());
        signIns.started(third.session);
        assertTrue(first.invalidated, "the oldest ends");
        assertFalse(second.invalidated || third.invalidated);
        assertEquals(2, signIns.count());
    }

    @Test
    void aSessionWhoseSignInIsOverIsNeverEnded() {
        SignInsInProgress signIns = limitedTo(1);
        FakeSession signedIn = new FakeSession("a");
        signIns.started(signedIn.session);
        signIns.over("a");
        signIns.started(new FakeSession("b").session);
        assertEquals(1, signIns.count());
        assertFalse(signedIn.invalidated);

        FakeSession raced = new FakeSession("c"); // signed in before it could leave the list: kept too
        signIns.started(raced.session);
        raced.attributes.put(SessionGuard.SIGNED_IN_AT, Instant.now());
        signIns.started(new FakeSession("d").session);
        assertFalse(raced.invalidated);
    }
}
