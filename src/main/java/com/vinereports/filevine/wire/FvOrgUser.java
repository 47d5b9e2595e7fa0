package com.vinereports.filevine.wire;

/**
 * An OrgUser: the answer of {@code GET /Users/Me} (the user as a member of the org in {@code x-fv-orgid}) and
 * an item of {@code GET /Users}. {@code orgUserId} is an id object like every other id.
 */
public class FvOrgUser {
    public FvId orgUserId;
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
