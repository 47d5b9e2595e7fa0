package com.vinereports.filevine;

import java.io.Serializable;

/** A member of the org: the org-user id, the universal user id, and their access level. */
public record OrgUser(int orgUserId, int userId, String username, String email, String accessLevel)
        implements Serializable {
}
