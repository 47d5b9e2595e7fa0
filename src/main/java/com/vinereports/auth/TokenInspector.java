package com.vinereports.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@link TokenFacts} for the profile page: the session's current tokens, the login's ID-token claims. */
@RequestScoped
public class TokenInspector {

    @Inject
    TokenHolder holder;

    @Inject
    OpenIdContext openId;

    public TokenFacts facts() {
        Map<String, String> claims = new TreeMap<>();
        openId.getIdentityToken().getClaims().forEach((name, value) -> claims.put(name, String.valueOf(value)));
        return holder.tokens()
                .map(tokens -> new TokenFacts(tokens.expiresAt(),
                        tokens.scopes().isBlank() ? "(not reported by the provider)" : tokens.scopes(),
                        tokens.hasRefreshToken(), TokenReading.algorithm(tokens.idToken()), claims))
                .orElseGet(() -> new TokenFacts(null, "", false, "unknown", claims));
    }
}
