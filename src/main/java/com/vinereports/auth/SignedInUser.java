package com.vinereports.auth;

import java.io.Serializable;

/**
 * Who the signed-in person is in Filevine.
 *
 * @param userId the universal user id ({@code user.userId.native}) that Filevine wants in {@code x-fv-userid}
 */
public record SignedInUser(int userId, String firstName, String lastName, String email, String username)
        implements Serializable {

    // Getters for Faces EL, which reads records only from Jakarta EE 11 on.
    public int getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }
}
