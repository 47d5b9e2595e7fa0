package com.vinereports.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@link TokenFacts} from the login's OpenID context. */
@RequestScoped
public class TokenInspector {

    @Inject
    OpenIdContext openId;

    @Inject
    FilevineIdentity identity;

    public TokenFacts facts() {
        AccessToken access = openId.getAccessToken();
        Map<String, String> claims = new TreeMap<>();
        openId.getIdentityToken().getClaims().forEach((name, value) -> claims.put(name, String.valueOf(value)));
        return new TokenFacts(expiry(access), scopes(access), openId.getRefreshToken().isPresent(),
                algorithm(openId.getIdentityToken().getToken()), claims);
    }

    /** The token response's {@code scope}; some providers omit it and put the scopes into a JWT access token. */
    private static String scopes(AccessToken access) {
        if (access.getScope() != null && !access.getScope().isEmpty()) {
            return String.join(" ", access.getScope());
        }
        if (access.isJWT()) {
            java.util.Optional<String> scope = access.getJwtClaims().getStringClaim("scope");
            if (scope.isPresent()) {
                return scope.get();
            }
            List<String> scp = access.getJwtClaims().getArrayStringClaim("scp");
            if (!scp.isEmpty()) {
                return String.join(" ", scp);
            }
        }
        return "(not reported by the provider)";
    }

    private Instant expiry(AccessToken access) {
        if (access.isJWT() && access.getJwtClaims().getExpirationTime().isPresent()) {
            return access.getJwtClaims().getExpirationTime().get();
        }
        // Soteria reports expires_in (seconds, relative to the token response) for opaque tokens.
        Long expiresIn = access.getExpirationTime();
        Instant issued = identity.getSignedInAt() == null ? Instant.now() : identity.getSignedInAt();
        return expiresIn == null ? null : issued.plusSeconds(expiresIn);
    }

    /** The {@code alg} of a compact JWS: the header is plain base64url JSON, no verification needed to read it. */
    static String algorithm(String compactJwt) {
        int dot = compactJwt.indexOf('.');
        if (dot <= 0) {
            return "unknown";
        }
        byte[] header = Base64.getUrlDecoder().decode(compactJwt.substring(0, dot));
        try (JsonReader reader = Json.createReader(new StringReader(new String(header, StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            return json.getString("alg", "unknown");
        }
    }
}
