package com.vinereports.auth;

import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One generation of the session's tokens. Immutable: a refresh makes a new one from the old one and the
 * token response, so a reader never sees half of a refresh.
 *
 * @param accessToken       sent to Filevine as the Bearer token
 * @param refreshToken      null when the provider issued none
 * @param idToken           the last ID token (a refresh response may omit it: the previous one stays)
 * @param expiresAt         absolute expiry of the access token
 * @param scopes            granted scopes, space separated ("" when the provider does not say)
 * @param refreshExpiresAt  when the refresh token stops working, if the provider says (Keycloak does)
 * @param obtainedAt        when the access token was received: with {@code expiresAt}, its lifetime
 */
public record TokenSet(String accessToken, String refreshToken, String idToken, Instant expiresAt, String scopes,
                       Instant refreshExpiresAt, Instant obtainedAt) implements Serializable {

    /** Used when a token response gives no {@code expires_in}: short, so the next call refreshes rather than fails. */
    static final long UNKNOWN_LIFETIME_SECONDS = 60;

    /** The tokens of a token-endpoint answer; what it leaves out is taken from {@code previous} (rotation-safe). */
    public static TokenSet fromResponse(JsonObject response, TokenSet previous, Instant receivedAt) {
        String access = response.getString("access_token", null);
        if (access == null || access.isBlank()) {
            throw new IllegalArgumentException("The token response has no access_token");
        }
        String refresh = response.getString("refresh_token", previous == null ? null : previous.refreshToken);
        String id = response.getString("id_token", previous == null ? null : previous.idToken);
        long lifetime = seconds(response, "expires_in").orElse(UNKNOWN_LIFETIME_SECONDS);
        String scope = response.getString("scope", previous == null ? "" : previous.scopes);
        Instant refreshExpiry = seconds(response, "refresh_expires_in")
                .filter(s -> s > 0) // Keycloak says 0 for offline tokens: no fixed end
                .map(receivedAt::plusSeconds)
                .orElse(response.containsKey("refresh_token") || previous == null ? null : previous.refreshExpiresAt);
        return new TokenSet(access, refresh, id, receivedAt.plusSeconds(lifetime), scope, refreshExpiry, receivedAt);
    }

    private static Optional<Long> seconds(JsonObject response, String name) {
        JsonValue value = response.get(name);
        if (value instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
            try {
                return Optional.of(Long.parseLong(response.getString(name).trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public boolean hasRefreshToken() {
        return refreshToken != null && !refreshToken.isBlank();
    }

    /**
     * When a refresh is due: {@code marginSeconds} before expiry, but never earlier than half-way through the
     * token's life. A margin longer than the lifetime (60 s against 20 s tokens) would otherwise make every
     * request refresh, and a fresh token be due again at once.
     */
    public Instant refreshDueAt(long marginSeconds) {
        long lifetime = Math.max(0, expiresAt.getEpochSecond() - obtainedAt.getEpochSecond());
        return expiresAt.minusSeconds(Math.min(marginSeconds, lifetime / 2));
    }

    /** True when {@link #refreshDueAt} has come. */
    public boolean dueForRefresh(long marginSeconds, Instant now) {
        return !refreshDueAt(marginSeconds).isAfter(now);
    }

    /** True when the access token is gone or will be within {@code marginSeconds}. */
    public boolean expiresWithin(long marginSeconds, Instant now) {
        return !expiresAt.isAfter(now.plusSeconds(marginSeconds));
    }

    /** Tokens are never printed, not even by accident in a log line or a debugger's toString. */
    @Override
    public String toString() {
        return "TokenSet[expiresAt=" + expiresAt + ", refreshToken=" + (hasRefreshToken() ? "held" : "none")
                + ", scopes=" + scopes + "]";
    }
}
