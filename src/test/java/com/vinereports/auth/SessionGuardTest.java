package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionGuardTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aSessionEndsItsAbsoluteLifetimeAfterSignInHoweverActive() {
        assertFalse(SessionGuard.pastLifetime(SIGNED_IN, 12, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59))));
        assertTrue(SessionGuard.pastLifetime(SIGNED_IN, 12, SIGNED_IN.plus(Duration.ofHours(12).plusSeconds(1))));
        assertTrue(SessionGuard.pastLifetime(SIGNED_IN, 0.01, SIGNED_IN.plusSeconds(37)), "fractions of hours");
        assertFalse(SessionGuard.pastLifetime(null, 12, SIGNED_IN.plus(Duration.ofDays(3))), "not signed in yet");
        assertFalse(SessionGuard.pastLifetime(SIGNED_IN, 0, SIGNED_IN.plus(Duration.ofDays(3))), "0 switches it off");
    }
}
