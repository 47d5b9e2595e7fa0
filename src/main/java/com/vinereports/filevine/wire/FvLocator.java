package com.vinereports.filevine.wire;

/** {@code GET /Documents/{id}/locator}: a pre-signed download URL (valid about an hour; no expiry is sent). */
public class FvLocator {
    public FvId documentId;
    public String contentType;
    public String url;
}
