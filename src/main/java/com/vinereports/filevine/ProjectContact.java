package com.vinereports.filevine;

import java.io.Serializable;

/** A contact in a role on one matter, with the first phone and e-mail address Filevine lists. */
public record ProjectContact(int contactId, String role, String fullName, String phone, String email)
        implements Serializable {
}
