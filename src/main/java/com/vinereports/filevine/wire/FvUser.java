package com.vinereports.filevine.wire;

/**
 * A Filevine user (universal across orgs), inside {@code GetUserOrgsWithToken} and OrgUser answers. Its
 * {@code userType} (an enum sent as number or name) is not read: nothing in the app depends on it, and an
 * unread field cannot make the answer unreadable, whichever form it comes in.
 */
public class FvUser {
    public FvId userId;
    public String firstName;
    public String lastName;
    public String email;
    public String username;
}
