package com.vinereports.history;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A warning that a failing database would otherwise repeat on every report: logged at most once a minute. */
final class OncePerMinute {

    private final Logger log;
    private final LongSupplier nanoTime;
    private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);

    OncePerMinute(Logger log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    /** Logs {@code message} with the failure's own message (never its stack), unless one went out this minute. */
    boolean warn(String message, Throwable failure) {
        long now = nanoTime.getAsLong();
        long due = next.get();
        if ((due != Long.MIN_VALUE && now - due < 0) || !next.compareAndSet(due, now + 60_000_000_000L)) {
            return false;
        }
        log.log(Level.WARNING, "{0}: {1}", new Object[] {message, reason(failure)});
        return true;
    }

    /** The innermost cause's message: the driver's "connection refused", not the provider's wrapping. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
