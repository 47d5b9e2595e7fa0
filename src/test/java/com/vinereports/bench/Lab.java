package com.vinereports.bench;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.PayaraProcess;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.StrictProvider;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What every benchmark works with: the simulator, the OpenID provider, the running app, the table. */
record Lab(BenchScale scale, FilevineSimulator api, StrictProvider provider, PayaraProcess app, JvmProbe jvm,
           ResultTable table) {

    /** The app's budget window: a minute plus a second for network delay (CallBudget). */
    private static final Duration BUDGET_WINDOW = Duration.ofSeconds(61);

    /** Signs in {@code count} sessions, cycling through the given users (each has its own cookie jar). */
    List<AppSession> signIn(int count, List<String> usernames) throws IOException, InterruptedException {
        return signIn(app.baseUrl(), provider, count, usernames);
    }

    /** The same against any app on {@code base} (P9's other servers). */
    static List<AppSession> signIn(String base, StrictProvider provider, int count, List<String> usernames)
            throws IOException, InterruptedException {
        List<AppSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = usernames.get(i % usernames.size());
            String password = SeedData.user(username).orElseThrow().password();
            sessions.add(AppSession.signIn(base, provider.issuer(), username, password));
        }
        return sessions;
    }

    /**
     * Waits until the app's budget for one user's reports (half of its default 600 calls in any 61 s) has room for {@code calls}
     * more, so that a timed run measures the report, not a wait that earlier runs caused. The budget itself is
     * shown working by P2's busiest-minute row and by the tests.
     */
    void awaitBudget(int orgId, int calls) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            // One user's reports may take half of the budget (filevine.bulk-share-per-user): the benchmarks'
            // reports are one user's.
            // (More than that: an empty window, and the report waits for the budget as it should.)
            if (api.callsSince(orgId, Instant.now().minus(BUDGET_WINDOW)) + Math.min(calls, FairBudget.USER_BULK_PER_MINUTE)
                    <= FairBudget.USER_BULK_PER_MINUTE) {
                break;
            }
            Thread.sleep(500);
        }
        double waited = (System.nanoTime() - started) / 1e9;
        if (waited > 1) {
            say("waited %.0f s for room in the org's Filevine budget", waited);
        }
    }

    static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
