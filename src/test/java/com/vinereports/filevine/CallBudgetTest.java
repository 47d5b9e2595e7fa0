package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget in virtual time: minutes of calls in milliseconds, and exact windows. */
class CallBudgetTest {

    /** A clock that moves only when the budget sleeps. */
    static final class VirtualTime extends Clock {
        Instant now = Instant.parse("2026-11-28T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final VirtualTime time = new VirtualTime();

    private CallBudget budget(int perMinute, long maxWaitMs) {
        CallBudget budget = new CallBudget();
        budget.callsPerMinute = perMinute;
        budget.maxWaitMs = maxWaitMs;
        budget.clock = time;
        budget.sleeper = duration -> time.now = time.now.plus(duration);
        return budget;
    }

    @Test
    void aLargeReportNeverExceedsTheBudgetInAnyMinute() {
        CallBudget budget = budget(50, 120_000);
        List<Instant> calls = new ArrayList<>();
        for (int page = 0; page < 180; page++) {
            budget.acquire(7001);
            calls.add(time.now);
            time.now = time.now.plusMillis(100); // each page takes 100 ms
        }
        int most = 0;
        for (int i = 0; i < calls.size(); i++) {
            Instant end = calls.get(i).plus(Duration.ofMinutes(1));
            int inWindow = (int) calls.stream().skip(i).filter(t -> t.isBefore(end)).count();
            most = Math.max(most, inWindow);
        }
        assertEquals(50, most, "the busiest minute uses the budget, never more");
        Duration took = Duration.between(calls.get(0), calls.get(calls.size() - 1));
        assertTrue(took.compareTo(Duration.ofMinutes(3)) >= 0 && took.compareTo(Duration.ofMinutes(4)) < 0,
                "180 calls at 50 a minute take a little over three minutes: " + took);
        Instant fiftyFirst = calls.get(50);
        assertTrue(!fiftyFirst.isBefore(calls.get(0).plusSeconds(61)), "a second's margin for the way to Filevine");
    }

    @Test
    void orgsHaveTheirOwnBudgets() {
        CallBudget budget = budget(3, 0);
        for (int i = 0; i < 3; i++) {
            budget.acquire(7001);
            budget.acquire(7002);
        }
        Instant before = time.now;
        assertThrows(FilevineException.class, () -> budget.acquire(7001), "no wait allowed: busy");
        assertEquals(before, time.now);
    }

    @Test
    void aCallerWaitsNoLongerThanTheBoundThenHearsFilevineIsBusy() {
        CallBudget budget = budget(2, 10_000);
        budget.acquire(7001);
        time.now = time.now.plusSeconds(55);
        budget.acquire(7001);
        budget.acquire(7001); // the first slot frees after 6 s: within the 10 s bound
        assertEquals(Instant.parse("2026-11-28T09:01:01.001Z"), time.now);
        FilevineException busy = assertThrows(FilevineException.class, () -> budget.acquire(7001));
        assertEquals(FilevineException.Kind.BUSY, busy.kind());
    }

    @Test
    void theSignInCallHasNoOrgAndNoBudget() {
        CallBudget budget = budget(1, 0);
        for (int i = 0; i < 5; i++) {
            budget.acquire(null);
        }
    }
}
