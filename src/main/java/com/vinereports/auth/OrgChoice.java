package com.vinereports.auth;

import java.util.List;
import java.util.Optional;

/** Which org a user works in without being asked: their only one, or the one they chose last time. */
public final class OrgChoice {

    private OrgChoice() {
    }

    public static Optional<Org> automatic(List<Org> orgs, Optional<Integer> remembered) {
        if (orgs.size() == 1) {
            return Optional.of(orgs.get(0));
        }
        return remembered.flatMap(id -> find(orgs, id));
    }

    /** The org with that id, if the user belongs to it: an id from a form is never trusted as is. */
    public static Optional<Org> find(List<Org> orgs, int id) {
        return orgs.stream().filter(org -> org.id() == id).findFirst();
    }
}
