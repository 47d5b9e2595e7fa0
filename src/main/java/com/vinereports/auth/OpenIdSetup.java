package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * Login with Filevine through the platform's own OpenID Connect mechanism.
 *
 * <ul>
 * <li>Immediate {@code ${...}} EL: deferred {@code #{...}} is taken literally by Soteria.</li>
 * <li>The redirect URIs follow Filevine's sample apps ({@code /signin-oidc}, {@code /signout-callback-oidc}),
 *     so a client registered for the samples can be reused; on {@code vine.public-url} when it is set, else on
 *     the address the request came in on ({@link OidcSettings}).</li>
 * <li>ID-token algorithms come from the provider's discovery document
 *     ({@code id_token_signing_alg_values_supported}); Filevine signs with RS512. The list here is only
 *     the fallback for a provider that does not advertise any.</li>
 * <li>{@code tokenAutoRefresh} stays off: the built-in refresh answers AJAX calls with redirects and
 *     crashes on refresh responses without an ID token.</li>
 * <li>The session (not a cookie) keeps state and nonce: the cookie variant breaks on Payara.</li>
 * </ul>
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.authority}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${oidcSettings.redirectUri}",
        scopeExpression = "${oidcSettings.scopes}",
        useNonce = true,
        useSession = true,
        redirectToOriginalResource = false,
        tokenAutoRefresh = false,
        providerMetadata = @OpenIdProviderMetadata(idTokenSigningAlgorithmsSupported = "RS256,RS384,RS512"),
        logout = @LogoutDefinition(redirectURI = "${oidcSettings.postLogoutUri}"))
public class OpenIdSetup {
}
