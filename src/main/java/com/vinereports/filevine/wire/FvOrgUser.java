package com.vinereports.filevine.wire;

/** Answer of {@code GET /fv-app/v2/Users/Me}: the user as a member of the org in {@code x-fv-orgid}. */
public class FvOrgUser {
    public Integer orgUserId;
    public String userName;
    public Boolean isActive;
    public String createdDateTime;
    public String email;
    public FvOrg org;
    public FvUser user;
    public FvPermissions permissions;

    public static class FvPermissions {
        public String accessLevel;
    }
}
