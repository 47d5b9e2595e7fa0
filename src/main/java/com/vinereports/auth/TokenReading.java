package com.vinereports.auth;

import com.vinereports.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads facts out of tokens without trusting them: header and payload of a compact JWT are base64url JSON.
 * Used only on tokens that came straight from the provider's token endpoint, never to authenticate anyone.
 */
final class TokenReading {

    private TokenReading() {
    }

    /** Absolute expiry: a JWT's {@code exp}, else Soteria's {@code expires_in} counted from {@code received}. */
    static Instant expiry(AccessToken access, Instant received) {
        if (access.isJWT() && access.getJwtClaims().getExpirationTime().isPresent()) {
            return access.getJwtClaims().getExpirationTime().get();
        }
        Long expiresIn = access.getExpirationTime(); // relative seconds, despite the name
        return received.plusSeconds(expiresIn == null ? TokenSet.UNKNOWN_LIFETIME_SECONDS : expiresIn);
    }

    /** The token response's {@code scope}; some providers omit it and put the scopes into a JWT access token. */
    static String scopes(AccessToken access) {
        if (access.getScope() != null && !access.getScope().isEmpty()) {
            return String.join(" ", access.getScope());
        }
        if (access.isJWT()) {
            Optional<String> scope = access.getJwtClaims().getStringClaim("scope");
            if (scope.isPresent()) {
                return scope.get();
            }
            List<String> scp = access.getJwtClaims().getArrayStringClaim("scp");
            if (!scp.isEmpty()) {
                return String.join(" ", scp);
            }
        }
        return "";
    }

    /** The {@code alg} of a compact JWS, or "unknown". */
    static String algorithm(String compactJwt) {
        return part(compactJwt, 0).map(header -> header.getString("alg", "unknown")).orElse("unknown");
    }

    /** A string parameter of a compact JWT's header (such as {@code kid}), or null. */
    static String header(String compactJwt, String name) {
        return text(part(compactJwt, 0), name);
    }

    /** A compact JWT's payload, when it is readable JSON. */
    static Optional<JsonObject> claims(String compactJwt) {
        return part(compactJwt, 1);
    }

    /** A string claim of a compact JWT's payload, or null. */
    static String claim(String compactJwt, String name) {
        return text(part(compactJwt, 1), name);
    }

    private static String text(Optional<JsonObject> part, String name) {
        return part.map(object -> object.get(name))
                .filter(value -> value.getValueType() == JsonValue.ValueType.STRING)
                .map(value -> ((JsonString) value).getString())
                .orElse(null);
    }

    private static Optional<JsonObject> part(String compactJwt, int index) {
        if (compactJwt == null) {
            return Optional.empty();
        }
        String[] parts = compactJwt.split("\\.");
        if (parts.length < 2 || index >= parts.length) {
            return Optional.empty();
        }
        try (JsonReader reader = Jsonp.reader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8)))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
