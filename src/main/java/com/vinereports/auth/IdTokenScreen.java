package com.vinereports.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * What the app checks of the ID token in a token response before the mechanism sees it: the mechanism accepts an
 * unsigned token ({@code alg: none}) and one keyed with the client secret (HS256), whatever the app's algorithm
 * list says, and does not insist on {@code sub}, {@code iat}, {@code azp} or on the configured issuer. Signature,
 * expiry and nonce stay the mechanism's to check; what this refuses never reaches it. A key id the app has not seen
 * sign a good token goes through {@link SigningKeys}, so that unknown keys cannot make it download the key set at will.
 */
public final class IdTokenScreen {

    /** Signatures with the provider's published keys only: no MAC with a shared secret, never none. */
    static final Set<String> ACCEPTED_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    /**
     * What the token must say: the configured authority as issuer, this client as audience; and the gate for keys
     * the app has not seen sign a good token yet (null: no gate).
     */
    public record Expected(String issuer, String clientId, SigningKeys keys) {
    }

    private IdTokenScreen() {
    }

    /** Why this (200) token response must be refused, in words for the log (no token, no value of one); or empty. */
    public static Optional<String> refusal(JsonObject tokenResponse, Expected expected) {
        String idToken = tokenResponse.getString("id_token", null);
        if (idToken == null || idToken.isBlank()) {
            return Optional.of("the token response has no ID token");
        }
        String algorithm = TokenReading.algorithm(idToken);
        if (!ACCEPTED_ALGORITHMS.contains(algorithm)) {
            return Optional.of("the ID token is signed with " + algorithm + ", not with one of the provider's public keys");
        }
        Optional<JsonObject> claims = TokenReading.claims(idToken);
        if (claims.isEmpty()) {
            return Optional.of("the ID token's claims cannot be read");
        }
        JsonObject c = claims.get();
        if (!sameIssuer(c.getString("iss", null), expected.issuer())) {
            return Optional.of("the ID token's issuer is not the configured authority");
        }
        for (String required : new String[] {"sub", "iat", "exp"}) {
            JsonValue value = c.get(required);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || value instanceof JsonString text && text.getString().isBlank()) {
                return Optional.of("the ID token has no " + required + " claim");
            }
        }
        Optional<String> audience = audience(c, expected.clientId());
        if (audience.isPresent() || expected.keys() == null) {
            return audience;
        }
        // Last, so that only a token that passed everything else may make the mechanism download the key set.
        return expected.keys().admit(TokenReading.header(idToken, "kid"));
    }

    private static Optional<String> audience(JsonObject claims, String clientId) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString single) {
            return single.getString().equals(clientId) ? Optional.empty()
                    : Optional.of("the ID token is for another audience");
        }
        if (aud instanceof JsonArray many && many.stream().anyMatch(a -> a instanceof JsonString s && s.getString().equals(clientId))) {
            if (many.size() > 1 && !clientId.equals(claims.getString("azp", null))) {
                return Optional.of("the ID token has several audiences and no azp naming this client");
            }
            return Optional.empty();
        }
        return Optional.of("the ID token is not for this client (aud)");
    }

    static boolean sameIssuer(String actual, String expected) {
        return actual != null && expected != null && strip(actual).equals(strip(expected));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
