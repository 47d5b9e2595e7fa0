package com.vinereports.filevine.wire;

/** {@code GET /ProjectTypes}: an id and a name (the short code a project shows is on the project). */
public class FvProjectType {
    public FvId projectTypeId;
    public String name;
}
