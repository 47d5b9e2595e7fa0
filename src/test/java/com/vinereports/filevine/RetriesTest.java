package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final Retries retries = new Retries(3, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(20));

    @Test
    void retryAfterInSecondsOrAsADateIsHonoured() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), retries.pauseBefore(1, 429, "2", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(7)),
                retries.pauseBefore(1, 429, "Sat, 28 Nov 2026 10:00:07 GMT", NOW));
    }

    @Test
    void aRetryAfterLongerThanAUserShouldWaitIsNotWaitedFor() {
        assertEquals(Optional.empty(), retries.pauseBefore(1, 429, "120", NOW));
    }

    @Test
    void withoutRetryAfterTheBackoffGrowsWithJitterAndIsCapped() {
        for (int run = 0; run < 200; run++) {
            long first = retries.pauseBefore(1, 429, null, NOW).orElseThrow().toMillis();
            long second = retries.pauseBefore(2, 503, null, NOW).orElseThrow().toMillis();
            long third = retries.pauseBefore(3, 0, null, NOW).orElseThrow().toMillis();
            assertTrue(first >= 125 && first <= 250, "first " + first);
            assertTrue(second >= 250 && second <= 500, "second " + second);
            assertTrue(third >= 500 && third <= 1000, "third " + third);
        }
        Retries many = new Retries(10, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(20));
        assertTrue(many.pauseBefore(10, 503, null, NOW).orElseThrow().toMillis() <= 4000, "capped");
    }

    @Test
    void attemptsAreBoundedAndOnlyTransientFailuresAreRetried() {
        assertEquals(Optional.empty(), retries.pauseBefore(4, 503, null, NOW), "three retries, then stop");
        for (int finalStatus : new int[] {400, 403, 404, 500}) {
            assertEquals(Optional.empty(), retries.pauseBefore(1, finalStatus, null, NOW), "status " + finalStatus);
        }
    }
}
