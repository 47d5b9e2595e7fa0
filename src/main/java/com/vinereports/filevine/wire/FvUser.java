package com.vinereports.filevine.wire;

import jakarta.json.JsonValue;

/**
 * A Filevine user (universal across orgs), inside {@code GetUserOrgsWithToken} and OrgUser answers.
 * {@code userType} is kept as it came (number or name, see {@link FvUserType}).
 */
public class FvUser {
    public FvId userId;
    public String firstName;
    public String lastName;
    public String email;
    public String username;
    public JsonValue userType;
}
