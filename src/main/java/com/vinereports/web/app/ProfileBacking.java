package com.vinereports.web.app;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.Org;
import com.vinereports.auth.SignedInUser;
import com.vinereports.auth.TokenFacts;
import com.vinereports.auth.TokenInspector;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.OrgMembership;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * Who the user is in Filevine. The membership ({@code Users/Me}) is asked on the session's first view and
 * then kept in the report cache, until "Reload from Filevine"; user and orgs come from the session. A
 * Filevine failure shows in place of the membership; the rest of the page still works.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FilevineIdentity identity;

    @Inject
    FilevineGateway gateway;

    @Inject
    TokenInspector inspector;

    private OrgMembership membership;
    private String membershipError;
    private TokenFacts tokens;

    @PostConstruct
    void load() {
        tokens = inspector.facts();
        show(gateway::membership);
    }

    /** Asks Filevine again (the page's AJAX button); a failure is shown in place, the rest of the page stays. */
    public void reload() {
        show(gateway::reloadMembership);
    }

    private void show(Supplier<OrgMembership> fetch) {
        membershipError = null;
        try {
            membership = fetch.get();
        } catch (FilevineException failure) {
            membership = null;
            membershipError = failure.getMessage();
        }
    }

    public SignedInUser getUser() {
        return identity.getUser();
    }

    public Org getOrg() {
        return identity.getChosen();
    }

    public OrgMembership getMembership() {
        return membership;
    }

    public String getMembershipError() {
        return membershipError;
    }

    public TokenFacts getTokens() {
        return tokens;
    }
}
