package com.vinereports.filevine.wire;

import java.io.Serializable;

public class FvUser implements Serializable {
    public FvId userId;
    public String firstName;
    public String lastName;
    public String email;
    public String username;
    public String userType;
}
