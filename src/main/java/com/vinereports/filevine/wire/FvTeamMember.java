package com.vinereports.filevine.wire;

import java.util.List;

/** {@code GET /projects/{id}/team}: a user on the project's team, with role objects (not strings). */
public class FvTeamMember {
    public FvId userId;
    public String username;
    public String firstName;
    public String lastName;
    public String fullname;
    public Boolean isPrimary;
    public Boolean isFirstPrimary;
    public List<FvTeamRole> teamRoles;

    public static class FvTeamRole {
        public FvId roleId;
        public String name;
    }
}
