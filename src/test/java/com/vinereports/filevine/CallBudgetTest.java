package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.grid.LocalGrid;
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
        volatile Instant now = Instant.parse("2026-11-28T09:00:00Z");

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
        budget.bulkMaxWaitMs = maxWaitMs;
        budget.bulkShare = 0.75;
        budget.bulkSharePerUser = 0.5;
        budget.clock = time;
        budget.grid = new LocalGrid(1000, time);
        budget.sleeper = duration -> time.now = time.now.plus(duration);
        return budget;
    }

    private static void page(CallBudget budget, Integer org) {
        budget.acquire(org, 501, CallLane.INTERACTIVE);
    }

    private static void bulk(CallBudget budget, int user) {
        budget.acquire(7001, user, CallLane.BULK);
    }

    @Test
    void oneUsersReportTakesHalfTheBudgetTwoShareThreeQuartersAndPagesAlwaysHaveTheRest() {
        CallBudget budget = budget(40, 120_000);
        Instant start = time.now;
        for (int i = 0; i < 20; i++) {
            bulk(budget, 501);
        }
        assertEquals(start, time.now, "half of the budget at once");
        for (int i = 0; i < 10; i++) {
            bulk(budget, 502);
        }
        assertEquals(start, time.now, "a colleague's report gets the rest of the bulk share");
        for (int i = 0; i < 10; i++) {
            page(budget, 7001);
        }
        assertEquals(start, time.now, "pages are served at once while both reports wait");
        bulk(budget, 503);
        assertEquals(start.plus(CallBudget.WINDOW).plusMillis(1), time.now, "a third report waits for the window");
    }

    @Test
    void pagesMayUseTheWholeBudgetAndOneUsersBulkWorkWaitsForItsOwnOldestCall() {
        CallBudget budget = budget(40, 120_000);
        Instant start = time.now;
        for (int i = 0; i < 20; i++) {
            bulk(budget, 501);
            time.now = time.now.plusSeconds(1);
        }
        bulk(budget, 501); // its own oldest bulk call (at 0 s) frees its share at 61 s
        assertEquals(start.plus(CallBudget.WINDOW).plusMillis(1), time.now);
        CallBudget pages = budget(40, 0);
        for (int i = 0; i < 40; i++) {
            page(pages, 7001);
        }
        assertThrows(FilevineException.class, () -> page(pages, 7001), "the whole budget, then busy");
    }

    /**
     * A page waiting for a slot holds back bulk work: when slots free up, the page takes the first, even though the
     * report asked as well. Two threads: the page's waits until the report has asked; the report's waits are short
     * real pauses in which the page can take its slot.
     */
    @Test
    void aWaitingPageTakesTheNextFreeSlotBeforeAReport() throws Exception {
        CallBudget budget = budget(4, 120_000);
        for (int i = 0; i < 4; i++) {
            page(budget, 7001); // the minute is full
        }
        java.util.concurrent.CountDownLatch pageWaits = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch reportAsked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger reportWaits = new java.util.concurrent.atomic.AtomicInteger();
        List<String> served = java.util.Collections.synchronizedList(new ArrayList<>());
        budget.sleeper = duration -> {
            if (Thread.currentThread().getName().equals("page")) {
                pageWaits.countDown();
                reportAsked.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                reportWaits.incrementAndGet();
                reportAsked.countDown();
                Thread.sleep(20);
            }
        };
        Thread pageThread = new Thread(() -> {
            page(budget, 7001);
            served.add("page");
        }, "page");
        pageThread.start();
        assertTrue(pageWaits.await(5, java.util.concurrent.TimeUnit.SECONDS), "the page waits for a slot");
        time.now = time.now.plus(CallBudget.WINDOW); // the minute's calls have left the window: every slot is free
        bulk(budget, 502);
        served.add("report");
        reportAsked.countDown();
        pageThread.join(5_000);
        assertEquals(List.of("page", "report"), served, "the waiting page went first");
        assertTrue(reportWaits.get() > 0, "the report waited for the page");
    }

    @Test
    void aLargeReportNeverExceedsTheBudgetInAnyMinute() {
        CallBudget budget = budget(50, 120_000);
        List<Instant> calls = new ArrayList<>();
        for (int page = 0; page < 180; page++) {
            page(budget, 7001);
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
            page(budget, 7001);
            page(budget, 7002);
        }
        Instant before = time.now;
        assertThrows(FilevineException.class, () -> page(budget, 7001), "no wait allowed: busy");
        assertEquals(before, time.now);
    }

    @Test
    void aCallerWaitsNoLongerThanTheBoundThenHearsFilevineIsBusy() {
        CallBudget budget = budget(2, 10_000);
        page(budget, 7001);
        time.now = time.now.plusSeconds(55);
        page(budget, 7001);
        page(budget, 7001); // the first slot frees after 6 s: within the 10 s bound
        assertEquals(Instant.parse("2026-11-28T09:01:01.001Z"), time.now);
        FilevineException busy = assertThrows(FilevineException.class, () -> page(budget, 7001));
        assertEquals(FilevineException.Kind.BUSY, busy.kind());
    }

    @Test
    void theSignInCallHasNoOrgAndNoBudget() {
        CallBudget budget = budget(1, 0);
        for (int i = 0; i < 5; i++) {
            page(budget, null);
        }
    }
}
