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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Filevine limits calls per org per minute; this app never makes more than its budget in any 61-second window,
 * and shares it so that one person's report cannot starve everyone's pages:
 * <ul>
 * <li>pages first: calls a page needs to show itself ({@link CallLane#INTERACTIVE}) may use the whole budget, and
 *     while one of them waits for a slot, no bulk call takes one;</li>
 * <li>bulk work (org-wide reports and exports, {@link CallLane#BULK}) uses at most {@code filevine.bulk-share} of
 *     the budget in any window, so the rest always serves pages;</li>
 * <li>one user's bulk work uses at most {@code filevine.bulk-share-per-user} of it, so two colleagues' reports
 *     share it.</li>
 * </ul>
 * Every call (retries included) takes a slot; when none is free for it the caller waits for the slot that frees
 * it, up to a bound (longer for bulk work, which shows its progress), then gets "Filevine is busy". Per
 * application instance: with several instances, give each its share.
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
    @ConfigProperty(name = "filevine.bulk-share", defaultValue = "0.75")
    double bulkShare;

    @Inject
    @ConfigProperty(name = "filevine.bulk-share-per-user", defaultValue = "0.5")
    double bulkSharePerUser;

    @Inject
    @ConfigProperty(name = "filevine.budget-max-wait-ms", defaultValue = "30000")
    long maxWaitMs;

    /** Bulk calls may wait longer: a report that shows its progress can wait out a busy minute. */
    @Inject
    @ConfigProperty(name = "filevine.bulk-max-wait-ms", defaultValue = "120000")
    long bulkMaxWaitMs;

    Clock clock = Clock.systemUTC();
    Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    private final Map<Integer, OrgWindow> windows = new ConcurrentHashMap<>();

    /** One call's slot: when it left, whether it was bulk work, for whom. */
    private record Slot(Instant at, boolean bulk, Integer user) {
    }

    /** The calls of one org in the last {@link #WINDOW}, oldest first, and how many pages wait for a slot. */
    private static final class OrgWindow {
        final Deque<Slot> slots = new ArrayDeque<>();
        int pagesWaiting;
    }

    @PostConstruct
    void check() {
        if (callsPerMinute < 1) {
            throw new IllegalStateException("filevine.calls-per-minute must be at least 1");
        }
        if (!(bulkShare > 0 && bulkShare <= 1) || !(bulkSharePerUser > 0 && bulkSharePerUser <= 1)) {
            throw new IllegalStateException("filevine.bulk-share and filevine.bulk-share-per-user must be above 0 and at most 1");
        }
    }

    /** Bulk calls an org may make in any window. */
    int bulkLimit() {
        return Math.max(1, (int) Math.floor(callsPerMinute * bulkShare));
    }

    /** Bulk calls one user may make in any window: how fast one person's report can go. */
    public int bulkLimitPerUser() {
        return Math.min(bulkLimit(), Math.max(1, (int) Math.floor(callsPerMinute * bulkSharePerUser)));
    }

    /** Takes a slot for one call made with these credentials (no org: the sign-in's org-less call, not budgeted). */
    public void acquire(CallCredentials credentials) {
        acquire(credentials.orgId(), credentials.userId(), credentials.lane());
    }

    void acquire(Integer orgId, Integer userId, CallLane lane) {
        if (orgId == null) {
            return;
        }
        OrgWindow window = windows.computeIfAbsent(orgId, id -> new OrgWindow());
        boolean bulk = lane == CallLane.BULK;
        Instant giveUpAt = clock.instant().plusMillis(bulk ? bulkMaxWaitMs : maxWaitMs);
        boolean waitingPage = false;
        try {
            while (true) {
                Duration wait;
                synchronized (window) {
                    Instant now = clock.instant();
                    while (!window.slots.isEmpty() && !window.slots.peekFirst().at().plus(WINDOW).isAfter(now)) {
                        window.slots.pollFirst();
                    }
                    wait = blockedFor(window, bulk, userId, now);
                    if (wait.isZero()) {
                        window.slots.addLast(new Slot(now, bulk, userId));
                        return;
                    }
                    if (now.plus(wait).isAfter(giveUpAt)) {
                        throw busy(bulk);
                    }
                    if (!bulk && !waitingPage) {
                        waitingPage = true;
                        window.pagesWaiting++;
                    }
                }
                sleep(wait.plusMillis(1));
            }
        } finally {
            if (waitingPage) {
                synchronized (window) {
                    window.pagesWaiting--;
                }
            }
        }
    }

    /** Zero if a call of this kind may go now; else how long until the slot it needs frees (the longest rule). */
    private Duration blockedFor(OrgWindow window, boolean bulk, Integer user, Instant now) {
        Duration wait = Duration.ZERO;
        if (window.slots.size() >= callsPerMinute) {
            wait = longer(wait, untilOldestOf(window, slot -> true, now));
        }
        if (!bulk) {
            return wait;
        }
        if (window.pagesWaiting > 0) {
            wait = longer(wait, untilOldestOf(window, slot -> true, now)); // the page takes the next free slot
        }
        if (window.slots.stream().filter(Slot::bulk).count() >= bulkLimit()) {
            wait = longer(wait, untilOldestOf(window, Slot::bulk, now));
        }
        if (window.slots.stream().filter(slot -> slot.bulk() && Objects.equals(slot.user(), user)).count() >= bulkLimitPerUser()) {
            wait = longer(wait, untilOldestOf(window, slot -> slot.bulk() && Objects.equals(slot.user(), user), now));
        }
        return wait;
    }

    private static Duration untilOldestOf(OrgWindow window, java.util.function.Predicate<Slot> which, Instant now) {
        return window.slots.stream().filter(which).findFirst()
                .map(oldest -> Duration.between(now, oldest.at().plus(WINDOW)))
                .filter(wait -> !wait.isNegative() && !wait.isZero())
                .orElse(Duration.ofMillis(1));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static FilevineException busy(boolean bulk) {
        return new FilevineException(FilevineException.Kind.BUSY, bulk
                ? "This report needs more Filevine calls than the app may make right now. Please try again in a minute."
                : "Your firm's Filevine calls for this minute are used up. Please try again in a minute.", 0, null);
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FilevineException(FilevineException.Kind.BUSY, 0, interrupted);
        }
    }
}
