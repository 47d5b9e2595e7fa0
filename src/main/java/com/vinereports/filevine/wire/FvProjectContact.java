package com.vinereports.filevine.wire;

/** A contact in a role on a project ({@code GET /Projects/{id}/contacts}). */
public class FvProjectContact {
    public FvId projectContactId;
    public FvId projectId;
    public String role;
    public FvContact orgContact;
}
