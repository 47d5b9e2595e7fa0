package com.vinereports.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

/** The access token to send to Filevine, read from the login's OpenID context. Never logged, never shown. */
@RequestScoped
public class BearerTokens {

    @Inject
    OpenIdContext openId;

    public String accessToken() {
        return openId.getAccessToken().getToken();
    }
}
