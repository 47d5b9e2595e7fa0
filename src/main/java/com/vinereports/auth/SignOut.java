package com.vinereports.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Ends the local session and tells where to send the browser: the provider's {@code end_session_endpoint}
 * with {@code id_token_hint} and {@code post_logout_redirect_uri} (RP-initiated logout). Soteria 3 has the
 * provider notification commented out, so the app does it. The ID token travels only in that redirect to
 * the provider's end-session endpoint (the specification's way of passing it): the redirect is sent without a
 * body, because the container's default "document has moved" body would repeat the URL, and with it the token,
 * in a page. Before the session ends the refresh token is revoked where the provider offers revocation:
 * Keycloak's {@code offline_access} refresh tokens would otherwise outlive the logout.
 */
@RequestScoped
public class SignOut {

    public static final String CALLBACK_PATH = "/signout-callback-oidc";

    @Inject
    TokenHolder holder;

    @Inject
    TokenRenewal renewal;

    @Inject
    FilevineSettings settings;

    /** Ends the session and answers with a bodiless 303 to the provider's logout (or straight to our callback). */
    public void endSession(HttpServletRequest request, HttpServletResponse response) {
        String target = endSessionUrl(request);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }

    private String endSessionUrl(HttpServletRequest request) {
        String afterLogout = AppLocations.base(request, settings.publicUrl()) + CALLBACK_PATH;
        String endpoint = holder.endpoints().flatMap(ProviderEndpoints::endSession).orElse("");
        String idToken = holder.tokens().map(TokenSet::idToken).orElse(null);
        renewal.revokeAtLogout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (endpoint.isBlank() || idToken == null) {
            return afterLogout;
        }
        return UriBuilder.fromUri(endpoint)
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", afterLogout)
                .build().toString();
    }
}
