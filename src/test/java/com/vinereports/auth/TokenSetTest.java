package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final TokenSet LOGIN = new TokenSet("a1", "r1", "id1", NOW.plusSeconds(30), "openid email", null, NOW);

    @Test
    void aRotatedRefreshTokenReplacesTheOldOne() {
        TokenSet next = TokenSet.fromResponse(Json.createObjectBuilder()
                .add("access_token", "a2").add("refresh_token", "r2").add("id_token", "id2")
                .add("expires_in", 20).add("scope", "openid").build(), LOGIN, NOW);
        assertEquals("a2", next.accessToken());
        assertEquals("r2", next.refreshToken());
        assertEquals("id2", next.idToken());
        assertEquals(NOW.plusSeconds(20), next.expiresAt());
        assertEquals("openid", next.scopes());
    }

    @Test
    void whatTheResponseLeavesOutIsKept() {
        TokenSet next = TokenSet.fromResponse(Json.createObjectBuilder()
                .add("access_token", "a2").add("expires_in", "25").build(), LOGIN, NOW);
        assertEquals("r1", next.refreshToken(), "no refresh_token in the answer: the old one stays valid");
        assertEquals("id1", next.idToken(), "no id_token in the answer (allowed by the spec): keep the last one");
        assertEquals("openid email", next.scopes());
        assertEquals(NOW.plusSeconds(25), next.expiresAt());
    }

    @Test
    void keycloakRefreshLifetimeIsKeptAndZeroMeansNoFixedEnd() {
        TokenSet online = TokenSet.fromResponse(Json.createObjectBuilder().add("access_token", "a")
                .add("refresh_token", "r").add("expires_in", 20).add("refresh_expires_in", 1800).build(), LOGIN, NOW);
        assertEquals(NOW.plusSeconds(1800), online.refreshExpiresAt());
        TokenSet offline = TokenSet.fromResponse(Json.createObjectBuilder().add("access_token", "a")
                .add("refresh_token", "r").add("expires_in", 20).add("refresh_expires_in", 0).build(), LOGIN, NOW);
        assertNull(offline.refreshExpiresAt());
    }

    @Test
    void anAnswerWithoutAccessTokenIsNotTokens() {
        assertThrows(IllegalArgumentException.class,
                () -> TokenSet.fromResponse(Json.createObjectBuilder().add("token_type", "Bearer").build(), LOGIN, NOW));
    }

    @Test
    void marginDecidesWhenToRefresh() {
        assertFalse(LOGIN.expiresWithin(10, NOW));
        assertTrue(LOGIN.expiresWithin(30, NOW));
        assertTrue(LOGIN.expiresWithin(0, NOW.plusSeconds(31)));
    }

    @Test
    void neverPrintsATokenInToString() {
        String text = LOGIN.toString();
        assertFalse(text.contains("a1") || text.contains("r1") || text.contains("id1"), text);
    }
}
