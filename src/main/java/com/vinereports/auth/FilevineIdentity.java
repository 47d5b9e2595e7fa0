package com.vinereports.auth;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The session's Filevine identity: the user and their orgs (fetched once per login, not on every page as
 * the official samples do), and the org chosen to work in. Serializable, like everything the app keeps
 * in the session.
 */
@SessionScoped
public class FilevineIdentity implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignedInUser user;
    private List<Org> orgs = List.of();
    private Org chosen;
    private Instant signedInAt;

    public void signedIn(SignedInUser user, List<Org> orgs, Optional<Integer> rememberedOrg, Instant at) {
        this.user = user;
        this.orgs = List.copyOf(orgs);
        this.chosen = OrgChoice.automatic(this.orgs, rememberedOrg).orElse(null);
        this.signedInAt = at;
    }

    /** @return false when the id is not one of the user's orgs */
    public boolean choose(int orgId) {
        Optional<Org> org = OrgChoice.find(orgs, orgId);
        org.ifPresent(found -> chosen = found);
        return org.isPresent();
    }

    public boolean isLoaded() {
        return user != null;
    }

    public Optional<Org> chosenOrg() {
        return Optional.ofNullable(chosen);
    }

    public SignedInUser getUser() {
        return user;
    }

    public List<Org> getOrgs() {
        return orgs;
    }

    public Org getChosen() {
        return chosen;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }
}
