package com.vinereports.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@link TokenFacts} for the profile page: the session's current tokens and ID-token claims, from the
 * session's own {@link TokenHolder} (the mechanism's OpenIdContext does not travel to another node).
 */
@RequestScoped
public class TokenInspector {

    @Inject
    TokenHolder holder;

    public TokenFacts facts() {
        Map<String, String> claims = new TreeMap<>();
        holder.tokens().flatMap(tokens -> TokenReading.claims(tokens.idToken())).ifPresent(all -> all.forEach(
                (name, value) -> claims.put(name, value instanceof JsonString text ? text.getString() : value.toString())));
        return holder.tokens()
                .map(tokens -> new TokenFacts(tokens.expiresAt(),
                        tokens.scopes().isBlank() ? "(not reported by the provider)" : tokens.scopes(),
                        tokens.hasRefreshToken(), TokenReading.algorithm(tokens.idToken()), claims))
                .orElseGet(() -> new TokenFacts(null, "", false, "unknown", claims));
    }
}
