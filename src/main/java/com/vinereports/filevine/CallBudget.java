package com.vinereports.filevine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Filevine limits calls per org per minute; this app never makes more than its budget in any 60-second window,
 * whatever reports run at once. Every call (retries included) takes a slot for its org; when none is free
 * the caller waits for the oldest to age out, up to a bound, then gets "Filevine is busy". Per application
 * instance: with several instances, give each its share.
 */
@ApplicationScoped
public class CallBudget {

    /**
     * A minute, plus a second: calls are counted when they leave here, Filevine counts them when they arrive, and
     * an early call that took longer on the way would otherwise share Filevine's minute with a late one.
     */
    static final Duration WINDOW = Duration.ofSeconds(61);

    /** Sleeping is a seam so that the unit test can run minutes of calls in virtual time. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @Inject
    @ConfigProperty(name = "filevine.calls-per-minute", defaultValue = "600")
    int callsPerMinute;

    @Inject
    @ConfigProperty(name = "filevine.budget-max-wait-ms", defaultValue = "30000")
    long maxWaitMs;

    Clock clock = Clock.systemUTC();
    Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    private final Map<Integer, Deque<Instant>> windows = new ConcurrentHashMap<>();

    @PostConstruct
    void check() {
        if (callsPerMinute < 1) {
            throw new IllegalStateException("filevine.calls-per-minute must be at least 1");
        }
    }

    /** Takes a slot for one call on behalf of the org (null: the org-less sign-in call, not budgeted). */
    public void acquire(Integer orgId) {
        if (orgId == null) {
            return;
        }
        Deque<Instant> window = windows.computeIfAbsent(orgId, id -> new ArrayDeque<>());
        Instant giveUpAt = clock.instant().plusMillis(maxWaitMs);
        while (true) {
            Duration wait;
            synchronized (window) {
                Instant now = clock.instant();
                while (!window.isEmpty() && !window.peekFirst().plus(WINDOW).isAfter(now)) {
                    window.pollFirst();
                }
                if (window.size() < callsPerMinute) {
                    window.addLast(now);
                    return;
                }
                wait = Duration.between(now, window.peekFirst().plus(WINDOW));
                if (now.plus(wait).isAfter(giveUpAt)) {
                    throw new FilevineException(FilevineException.Kind.BUSY,
                            "This report needs more Filevine calls than the app may make right now. Please try again in a minute.",
                            0, null);
                }
            }
            try {
                sleeper.sleep(wait.plusMillis(1));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new FilevineException(FilevineException.Kind.BUSY, 0, interrupted);
            }
        }
    }
}
