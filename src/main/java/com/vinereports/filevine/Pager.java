package com.vinereports.filevine;

import com.vinereports.filevine.wire.FvItemList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Walks an {@code ItemList} to its end and hands the pages over in order.
 *
 * <p>The first page comes alone; when its {@code count} says how many items match, the remaining pages are
 * fetched with at most {@code parallelism} in flight, in order, so memory holds a few pages whatever the total
 * (an export streams). When {@code count} only counts the page, it walks page by page on {@code hasMore}.
 * Either way it ends on a page without {@code hasMore}, never on an arithmetic guess.
 */
final class Pager {

    static final int PAGE_SIZE = 1000;

    /** One page: the fetch runs on a worker thread. */
    @FunctionalInterface
    interface PageSource<T> {
        FvItemList<T> fetch(int offset, int limit);
    }

    private final Executor executor;
    private final int parallelism;
    private final Runnable renewToken;

    /**
     * @param renewToken called on the caller's thread when Filevine answered 401 to a page: renews the token the
     *                   source uses; the page is then fetched once more, and a second 401 goes up to the caller
     */
    Pager(Executor executor, int parallelism, Runnable renewToken) {
        this.executor = executor;
        this.parallelism = Math.max(1, parallelism);
        this.renewToken = renewToken;
    }

    /** Every item, in order. */
    <T> List<T> all(PageSource<T> source) {
        List<T> items = new ArrayList<>();
        walk(source, items::addAll);
        return items;
    }

    /** Each page's items, in order, to {@code sink}; returns the number of page requests made. */
    <T> int walk(PageSource<T> source, Consumer<List<T>> sink) {
        return walk(source, total -> { }, sink);
    }

    /** The same, telling {@code total} first how many items match (-1 when Filevine does not say). */
    <T> int walk(PageSource<T> source, java.util.function.IntConsumer matching, Consumer<List<T>> sink) {
        FvItemList<T> first = fetchRenewing(source, 0);
        int requests = 1;
        List<T> items = items(first);
        boolean knowsTotal = first.count != null && (first.count > items.size() || !Boolean.TRUE.equals(first.hasMore));
        matching.accept(knowsTotal ? first.count : -1);
        sink.accept(items);
        if (!Boolean.TRUE.equals(first.hasMore) || items.isEmpty()) {
            return requests;
        }
        int offset = items.size();
        int total = first.count == null ? 0 : first.count;
        if (total > offset) {
            Last<T> last = parallel(source, sink, offset, total);
            requests += last.requests;
            offset = last.nextOffset;
            if (!last.hasMore) {
                return requests;
            }
        }
        while (true) { // count was a page count, or more items appeared while walking: on by hasMore
            FvItemList<T> page = fetchRenewing(source, offset);
            requests++;
            List<T> pageItems = items(page);
            sink.accept(pageItems);
            offset += pageItems.size();
            if (!Boolean.TRUE.equals(page.hasMore) || pageItems.isEmpty()) {
                return requests;
            }
        }
    }

    private record Last<T>(int requests, int nextOffset, boolean hasMore) {
    }

    private <T> Last<T> parallel(PageSource<T> source, Consumer<List<T>> sink, int from, int total) {
        Deque<Pending<T>> inFlight = new ArrayDeque<>();
        int next = from;
        int requests = 0;
        int delivered = from;
        boolean hasMore = true;
        try {
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < parallelism) {
                    int offset = next;
                    FutureTask<FvItemList<T>> task = new FutureTask<>(() -> source.fetch(offset, PAGE_SIZE));
                    executor.execute(task);
                    inFlight.addLast(new Pending<>(offset, task));
                    requests++;
                    next += PAGE_SIZE;
                }
                Pending<T> head = inFlight.pollFirst();
                FvItemList<T> page;
                try {
                    page = await(head.page());
                } catch (Unauthorized rejected) {
                    renewToken.run();
                    page = source.fetch(head.offset(), PAGE_SIZE);
                    requests++;
                }
                List<T> pageItems = items(page);
                sink.accept(pageItems);
                delivered += pageItems.size();
                hasMore = Boolean.TRUE.equals(page.hasMore) && !pageItems.isEmpty();
            }
            return new Last<>(requests, delivered, hasMore);
        } finally {
            inFlight.forEach(pending -> pending.page().cancel(true));
        }
    }

    private record Pending<T>(int offset, Future<FvItemList<T>> page) {
    }

    /**
     * {@code work} for each input on the workers, at most {@code parallelism} at once, results in input order.
     * Work rejected with 401 is done again on this thread after one renewal.
     */
    <I, R> List<R> map(List<I> inputs, java.util.function.Function<I, R> work) {
        List<R> results = new ArrayList<>(inputs.size());
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        Deque<I> waiting = new ArrayDeque<>(inputs);
        Deque<I> started = new ArrayDeque<>();
        boolean renewed = false;
        try {
            while (!waiting.isEmpty() || !inFlight.isEmpty()) {
                while (!waiting.isEmpty() && inFlight.size() < parallelism) {
                    I input = waiting.pollFirst();
                    FutureTask<R> task = new FutureTask<>(() -> work.apply(input));
                    executor.execute(task);
                    inFlight.addLast(task);
                    started.addLast(input);
                }
                I input = started.pollFirst();
                try {
                    results.add(await(inFlight.pollFirst()));
                } catch (Unauthorized rejected) {
                    if (!renewed) {
                        renewToken.run();
                        renewed = true;
                    }
                    results.add(work.apply(input));
                }
            }
            return results;
        } finally {
            inFlight.forEach(pending -> pending.cancel(true));
        }
    }

    private <T> FvItemList<T> fetchRenewing(PageSource<T> source, int offset) {
        try {
            return source.fetch(offset, PAGE_SIZE);
        } catch (Unauthorized rejected) {
            renewToken.run();
            return source.fetch(offset, PAGE_SIZE);
        }
    }

    private static <T> T await(Future<T> page) {
        try {
            return page.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, interrupted);
        } catch (CancellationException cancelled) {
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, cancelled);
        }
    }

    private static <T> List<T> items(FvItemList<T> page) {
        return page == null || page.items == null ? List.of() : page.items;
    }
}
