package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The values {@link OpenIdSetup}'s annotation reads through immediate {@code ${oidcSettings...}} EL.
 * Missing settings yield empty strings: the mechanism then fails on first use, and
 * {@link AuthenticationOutcomes} turns that into the "not configured" page.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    FilevineSettings settings;

    public String getAuthority() {
        return settings.authority().map(URI::toString).orElse("");
    }

    public String getClientId() {
        return settings.clientId().orElse("");
    }

    public String getClientSecret() {
        return settings.clientSecret().orElse("");
    }

    public String getScopes() {
        return settings.scopes();
    }

    /**
     * The sign-in redirect URI: on {@code vine.public-url} when set; otherwise Soteria's own {@code ${baseURL}}
     * placeholder, which it fills in from each request (it replaces the text after evaluating this).
     */
    public String getRedirectUri() {
        return base() + "/signin-oidc";
    }

    /** Where the provider sends the browser after logout; see {@link #getRedirectUri()}. */
    public String getPostLogoutUri() {
        return base() + SignOut.CALLBACK_PATH;
    }

    private String base() {
        return settings.publicUrl().map(AppLocations::withoutSlash).orElse("${baseURL}");
    }
}
