package com.vinereports.filevine.wire;

import java.io.Serializable;
import java.util.List;

/** A contact ({@code GET /Contacts}, {@code /Contacts/{id}}, and inside a project's contacts). */
public class FvContact implements Serializable {
    public FvId personId;
    public String fullName;
    public String firstName;
    public String lastName;
    public List<String> personTypes;
    public List<FvPhone> phones;
    public List<FvEmail> emails;

    public static class FvPhone implements Serializable {
        public String number;
        public String label;
    }

    public static class FvEmail implements Serializable {
        public String address;
        public String label;
    }
}
