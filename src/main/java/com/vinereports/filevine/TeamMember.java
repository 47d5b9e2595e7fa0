package com.vinereports.filevine;

import java.io.Serializable;
import java.util.List;

/** A user on a matter's team, with the names of their team roles. */
public record TeamMember(int userId, String fullName, String username, List<String> roles, boolean primary)
        implements Serializable {

    /** The roles as people read them: "Primary, Attorney". */
    public String rolesText() {
        return String.join(", ", roles);
    }
}
