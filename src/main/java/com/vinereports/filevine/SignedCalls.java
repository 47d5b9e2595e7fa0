package com.vinereports.filevine;

import com.vinereports.auth.TokenRenewal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Filevine calls made with one request's credentials, on its thread or on worker threads: the one place that
 * holds the credentials, renews the token once when Filevine answers 401 (and makes the call again), and ends
 * the session on a second 401. Paging ({@link Pager}) and per-matter work both go through here.
 */
final class SignedCalls {

    private final FilevineCalls calls;
    private final TokenRenewal renewal;
    private final AtomicReference<CallCredentials> credentials;
    private final Executor workers;
    private final int parallelism;

    SignedCalls(FilevineCalls calls, TokenRenewal renewal, CallCredentials credentials, Executor workers,
                int parallelism) {
        this.calls = calls;
        this.renewal = renewal;
        this.credentials = new AtomicReference<>(credentials);
        this.workers = workers;
        this.parallelism = parallelism;
    }

    /** One call; on 401 one renewal and one more try. */
    <T> T one(Operation operation, Supplier<T> request) {
        try {
            return invoke(operation, request);
        } catch (Unauthorized first) {
            renew();
            try {
                return invoke(operation, request);
            } catch (Unauthorized second) {
                throw renewal.rejectedAfterRenewal();
            }
        }
    }

    /** A whole list, its pages fetched in parallel on the workers; {@code total} hears first how many match. */
    <T> int walk(Operation operation, Pager.PageSource<T> source, IntConsumer total, Consumer<List<T>> sink) {
        try {
            return pager(workers, parallelism).walk((offset, limit) -> invoke(operation, () -> source.fetch(offset, limit)),
                    total, sink);
        } catch (Unauthorized twice) {
            throw renewal.rejectedAfterRenewal();
        }
    }

    <T> List<T> all(Operation operation, Pager.PageSource<T> source) {
        List<T> items = new ArrayList<>();
        walk(operation, source, total -> { }, items::addAll);
        return items;
    }

    /**
     * {@code work} for each input on the workers, at most {@code parallelism} at once, results in input order.
     * Work that met a 401 is done again after one renewal; inside it, lists are read with {@link #allHere}.
     */
    <I, R> List<R> map(List<I> inputs, Function<I, R> work) {
        try {
            return pager(workers, parallelism).map(inputs, work);
        } catch (Unauthorized twice) {
            throw renewal.rejectedAfterRenewal();
        }
    }

    /** A whole list, page after page on the current (worker) thread; a 401 goes up to {@link #map}. */
    <T> List<T> allHere(Operation operation, Pager.PageSource<T> source) {
        List<T> items = new ArrayList<>();
        new Pager(Runnable::run, 1, () -> {
            throw new Unauthorized();
        }).walk((offset, limit) -> invoke(operation, () -> source.fetch(offset, limit)), items::addAll);
        return items;
    }

    private Pager pager(Executor executor, int inFlight) {
        return new Pager(executor, inFlight, this::renew);
    }

    private void renew() {
        CallCredentials used = credentials.get();
        credentials.set(used.withBearer(renewal.afterRejection(used.bearer())));
    }

    private <T> T invoke(Operation operation, Supplier<T> request) {
        try {
            return calls.invoke(operation, credentials.get(), request);
        } catch (CircuitBreakerOpenException open) {
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, open);
        }
    }
}
