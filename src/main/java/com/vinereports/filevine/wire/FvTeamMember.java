package com.vinereports.filevine.wire;

import java.io.Serializable;
import java.util.List;

/** {@code GET /projects/{id}/team}. */
public class FvTeamMember implements Serializable {
    public FvId userId;
    public Integer orgUserId;
    public String fullName;
    public String username;
    public List<String> teamRoles;
    public Boolean isPrimary;
}
