package com.vinereports.filevine;

import java.io.Serializable;

/**
 * The signed-in user as a member of one org, from {@code Users/Me}. The getters are for Faces EL, which reads
 * records only from Jakarta EE 11 on.
 */
public record OrgMembership(int orgUserId, String userName, String email, boolean active, String accessLevel,
                            String orgName) implements Serializable {

    public int getOrgUserId() {
        return orgUserId;
    }

    public boolean isActive() {
        return active;
    }

    public String getAccessLevel() {
        return accessLevel;
    }
}
