package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.wire.FvItemList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagerTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** A Filevine list of {@code total} numbers; counts requests and the most in flight at once. */
    static final class NumberList implements Pager.PageSource<Integer> {
        final int total;
        final boolean totalCount;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        NumberList(int total, boolean totalCount) {
            this.total = total;
            this.totalCount = totalCount;
        }

        @Override
        public FvItemList<Integer> fetch(int offset, int limit) {
            requests.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
                FvItemList<Integer> page = new FvItemList<>();
                page.items = IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
                page.offset = offset;
                page.limit = limit;
                page.hasMore = offset + page.items.size() < total;
                page.count = totalCount ? total : page.items.size();
                return page;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    @Test
    void tenThousandAndOneProjectsAreElevenPagesInOrder() {
        NumberList list = new NumberList(10_001, true);
        List<Integer> rows = new ArrayList<>();
        int requests = new Pager(workers, 4, () -> { }).walk(list, rows::addAll);
        assertEquals(10_001, rows.size());
        assertEquals(IntStream.range(0, 10_001).boxed().toList(), rows, "every row once, in order");
        assertEquals(11, requests);
        assertEquals(11, list.requests.get());
        assertTrue(list.mostInFlight.get() <= 4, "at most 4 pages in flight: " + list.mostInFlight.get());
        assertTrue(list.mostInFlight.get() > 1, "pages were fetched in parallel");
    }

    @Test
    void aPerPageCountIsWalkedPageByPageOnHasMore() {
        NumberList list = new NumberList(2_500, false);
        assertEquals(2_500, new Pager(workers, 4, () -> { }).all(list).size());
        assertEquals(3, list.requests.get());
        assertEquals(1, list.mostInFlight.get());
    }

    @Test
    void anEmptyOrSinglePageListIsOneRequest() {
        NumberList empty = new NumberList(0, true);
        assertEquals(List.of(), new Pager(workers, 4, () -> { }).all(empty));
        assertEquals(1, empty.requests.get());
        NumberList exact = new NumberList(1_000, true);
        assertEquals(1_000, new Pager(workers, 4, () -> { }).all(exact).size());
        assertEquals(1, exact.requests.get());
    }

    @Test
    void aPageRejectedWith401IsFetchedAgainAfterOneRenewal() {
        AtomicInteger renewals = new AtomicInteger();
        NumberList list = new NumberList(3_000, true);
        AtomicInteger calls = new AtomicInteger();
        Pager.PageSource<Integer> rejectsThirdCallOnce = (offset, limit) -> {
            if (calls.incrementAndGet() == 3 && renewals.get() == 0) {
                throw new Unauthorized();
            }
            return list.fetch(offset, limit);
        };
        List<Integer> rows = new Pager(workers, 2, renewals::incrementAndGet).all(rejectsThirdCallOnce);
        assertEquals(IntStream.range(0, 3_000).boxed().toList(), rows);
        assertEquals(1, renewals.get());
    }

    @Test
    void aFailingPageFailsTheWalkWithItsOwnException() {
        NumberList list = new NumberList(5_000, true);
        Pager.PageSource<Integer> failsAt2000 = (offset, limit) -> {
            if (offset == 2_000) {
                throw new FilevineException(FilevineException.Kind.BUSY, 429, null);
            }
            return list.fetch(offset, limit);
        };
        FilevineException failure = assertThrows(FilevineException.class, () -> new Pager(workers, 4, () -> { }).all(failsAt2000));
        assertEquals(FilevineException.Kind.BUSY, failure.kind());
    }
}
