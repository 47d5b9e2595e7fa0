package com.vinereports.filevine.wire;

import java.io.Serializable;

/** Answer of {@code GET /fv-app/v2/Users/Me}: the user as a member of the org in {@code x-fv-orgid}. */
public class FvOrgUser implements Serializable {
    public Integer orgUserId;
    public String userName;
    public Boolean isActive;
    public String createdDateTime;
    public String email;
    public FvOrg org;
    public FvUser user;
    public FvPermissions permissions;

    public static class FvPermissions implements Serializable {
        public String accessLevel;
    }
}
