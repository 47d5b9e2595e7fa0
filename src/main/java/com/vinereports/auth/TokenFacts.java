package com.vinereports.auth;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What the profile page may tell about the tokens: metadata only, never a token itself.
 *
 * @param accessTokenExpiresAt when the access token stops working
 * @param scopes the scopes the provider granted
 * @param idTokenAlgorithm the ID token's signature algorithm (Filevine: RS512)
 * @param idTokenClaims the ID token's claims, sorted by name
 */
public record TokenFacts(Instant accessTokenExpiresAt, String scopes, boolean refreshTokenHeld,
                         String idTokenAlgorithm, Map<String, String> idTokenClaims) implements Serializable {

    // Getters for Faces EL, which reads records only from Jakarta EE 11 on.
    public String getScopes() {
        return scopes;
    }

    public boolean isRefreshTokenHeld() {
        return refreshTokenHeld;
    }

    public String getIdTokenAlgorithm() {
        return idTokenAlgorithm;
    }

    public Map<String, String> getIdTokenClaims() {
        return idTokenClaims;
    }
}
