package com.vinereports.auth;

import java.io.Serializable;

/**
 * A Filevine org the signed-in user belongs to (our own type: Filevine's wire model stops in {@code filevine}).
 * The getters are for Faces EL, which reads records only from Jakarta EE 11 on.
 */
public record Org(int id, String name) implements Serializable {

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
