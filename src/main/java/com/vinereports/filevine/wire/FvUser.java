package com.vinereports.filevine.wire;

public class FvUser {
    public FvId userId;
    public String firstName;
    public String lastName;
    public String email;
    public String username;
    public String userType;
}
