package com.vinereports.filevine.wire;

import java.io.Serializable;

/** {@code GET /Documents/{id}/locator}: a pre-signed download URL, valid about an hour. */
public class FvLocator implements Serializable {
    public String url;
    public String expiresAt;
}
