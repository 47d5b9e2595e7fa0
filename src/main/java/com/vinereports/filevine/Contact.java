package com.vinereports.filevine;

import java.io.Serializable;
import java.util.List;

/** A person or company in the org's contacts. */
public record Contact(int id, String fullName, List<String> types, List<String> phones, List<String> emails)
        implements Serializable {
}
