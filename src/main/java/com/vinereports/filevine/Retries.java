package com.vinereports.filevine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a Filevine call again, and after how long: 429 honours {@code Retry-After} (seconds or an
 * HTTP date) or backs off exponentially with jitter (a random half to all of the step); 502/503/504 and calls without an answer
 * (time-outs, refused connections) back off the same way. Everything else is final: a 4xx will not change,
 * and Filevine's 500 usually means "not on this project". Bounded in attempts and in total wait, so a user
 * waits seconds, not minutes.
 */
record Retries(int maxRetries, Duration base, Duration maxDelay, Duration maxRetryAfter) {

    /** 0 when there was no answer at all. */
    static boolean retryable(int status) {
        return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * The pause before retry number {@code retry} (1 for the first), or empty when the call should not be
     * tried again: the attempts are used up, or Filevine asks for a longer pause than a user should wait.
     */
    Optional<Duration> pauseBefore(int retry, int status, String retryAfter, Instant now) {
        if (retry > maxRetries || !retryable(status)) {
            return Optional.empty();
        }
        if (status == 429) {
            Optional<Duration> asked = parseRetryAfter(retryAfter, now);
            if (asked.isPresent()) {
                return asked.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : asked;
            }
        }
        long cap = Math.min(maxDelay.toMillis(), base.toMillis() << Math.min(retry - 1, 20));
        return Optional.of(Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1)));
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
