package com.vinereports.filevine.wire;

import java.io.Serializable;

/** A contact in a role on a project ({@code GET /Projects/{id}/contacts}). */
public class FvProjectContact implements Serializable {
    public FvId projectContactId;
    public FvId projectId;
    public String role;
    public FvContact orgContact;
}
