package com.vinereports.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load: each session is one user who asks for the next view as soon as the last one arrived (a closed
 * loop, as wrk and browsers under test scripts do), all sessions at once, for a set time.
 */
final class ClosedLoop {

    /** One view of one session; true when it showed what it should. */
    @FunctionalInterface
    interface View {
        boolean open(AppSession session) throws Exception;
    }

    /** What one run measured. */
    record Run(Latencies latencies, int failures, double seconds) {
        double viewsPerSecond() {
            return latencies.count() / seconds;
        }
    }

    private ClosedLoop() {
    }

    /** Every session opens {@code view} again and again for {@code length}; waits for the last views to end. */
    static Run run(List<AppSession> sessions, View view, Duration length) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> users = new ArrayList<>();
        long[] window = new long[2];
        for (AppSession session : sessions) {
            Thread user = new Thread(() -> {
                try {
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        long started = System.nanoTime();
                        boolean shown;
                        try {
                            shown = view.open(session);
                        } catch (Exception failed) {
                            shown = false;
                        }
                        latencies.add(System.nanoTime() - started);
                        if (!shown) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }, "load-" + session.username());
            users.add(user);
            user.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + length.toNanos();
        go.countDown();
        for (Thread user : users) {
            user.join();
        }
        return new Run(latencies, failures.get(), (System.nanoTime() - window[0]) / 1e9);
    }
}
