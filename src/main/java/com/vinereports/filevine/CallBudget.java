package com.vinereports.filevine;

import com.vinereports.grid.Grid;
import com.vinereports.grid.GridMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
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
 * it, up to a bound (longer for bulk work, which shows its progress), then gets "Filevine is busy".
 *
 * <p>One budget for the whole cluster: each org's window is kept on the grid ({@link GridMap#CALL_BUDGET}, see
 * {@link BudgetWindow}) and every decision is taken under the org's grid lock, so two nodes together never make
 * more than the budget. A single node keeps it in its memory ({@link com.vinereports.grid.LocalGrid}).
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

    @Inject
    Grid grid;

    private final AtomicLong waiters = new AtomicLong(new SecureRandom().nextLong());

    /** What one look at the org's window decided: go now, or wait this long (null: longer than it may wait). */
    private record Decision(boolean taken, Duration pause) {
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
        String key = "org:" + orgId;
        int user = userId == null ? 0 : userId;
        boolean bulk = lane == CallLane.BULK;
        Instant giveUpAt = clock.instant().plusMillis(bulk ? bulkMaxWaitMs : maxWaitMs);
        long waiter = waiters.incrementAndGet();
        boolean pageWaits = false;
        try {
            while (true) {
                boolean registerWait = !bulk && !pageWaits;
                Decision decision = grid.exclusive(GridMap.CALL_BUDGET, key, () -> {
                    Instant now = clock.instant();
                    BudgetWindow window = grid.get(GridMap.CALL_BUDGET, key).map(BudgetWindow::of)
                            .orElseGet(BudgetWindow::empty).at(now, WINDOW);
                    Duration wait = blockedFor(window, bulk, user, now);
                    if (now.plus(wait).isAfter(giveUpAt)) {
                        return new Decision(false, null);
                    }
                    if (wait.isZero()) {
                        window.take(now, bulk, user);
                    } else if (registerWait) {
                        window.pageWaits(waiter, giveUpAt); // from now on, no bulk call takes a slot before it
                    } else {
                        return new Decision(false, wait);
                    }
                    grid.put(GridMap.CALL_BUDGET, key, window.bytes());
                    return new Decision(wait.isZero(), wait);
                });
                if (decision.taken()) {
                    return;
                }
                if (decision.pause() == null) {
                    throw busy(bulk);
                }
                pageWaits |= registerWait;
                sleep(decision.pause().plusMillis(1));
            }
        } finally {
            if (pageWaits) {
                grid.exclusive(GridMap.CALL_BUDGET, key, () -> {
                    grid.get(GridMap.CALL_BUDGET, key).map(BudgetWindow::of).ifPresent(window -> {
                        window.pageDone(waiter);
                        grid.put(GridMap.CALL_BUDGET, key, window.bytes());
                    });
                    return null;
                });
            }
        }
    }

    /** Zero if a call of this kind may go now; else how long until the slot it needs frees (the longest rule). */
    private Duration blockedFor(BudgetWindow window, boolean bulk, int user, Instant now) {
        Duration wait = Duration.ZERO;
        if (window.calls() >= callsPerMinute) {
            wait = longer(wait, window.untilOldestOf(slot -> true, now, WINDOW));
        }
        if (!bulk) {
            return wait;
        }
        if (window.pagesWaiting()) {
            wait = longer(wait, window.untilOldestOf(slot -> true, now, WINDOW)); // the page takes the next free slot
        }
        if (window.count(BudgetWindow.Slot::bulk) >= bulkLimit()) {
            wait = longer(wait, window.untilOldestOf(BudgetWindow.Slot::bulk, now, WINDOW));
        }
        if (window.count(BudgetWindow.bulkOf(user)) >= bulkLimitPerUser()) {
            wait = longer(wait, window.untilOldestOf(BudgetWindow.bulkOf(user), now, WINDOW));
        }
        return wait;
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
