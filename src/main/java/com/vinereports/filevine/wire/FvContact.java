package com.vinereports.filevine.wire;

import java.util.List;

/** A contact ({@code GET /Contacts}, {@code /Contacts/{id}}, and inside a project's contacts). */
public class FvContact {
    public FvId personId;
    public String fullName;
    public String firstName;
    public String lastName;
    public List<String> personTypes;
    public List<FvPhone> phones;
    public List<FvEmail> emails;

    public static class FvPhone {
        public String number;
        public String label;
    }

    public static class FvEmail {
        public String address;
        public String label;
    }
}
