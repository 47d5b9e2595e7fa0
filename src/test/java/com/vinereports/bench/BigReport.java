package com.vinereports.bench;

import com.vinereports.sandbox.SeedData;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * P2: the reports that need every matter of an org with 50,000 (100 ms per Filevine call): the dashboard cold
 * (a new session) and warm (the same session again), and the full projects list as JSON, which is never
 * cached. Filevine calls, peak heap, and the busiest minute of calls against the budget.
 */
final class BigReport {

    static final List<String> USERS = List.of("ben");
    /** The app's default (README): 4 pages at once. */
    private static final int PARALLELISM = 4;
    private static final int WARM_VIEWS = 5;

    private final Lab lab;

    BigReport(Lab lab) {
        this.lab = lab;
    }

    void run() throws Exception {
        lab.api().latency(BenchScale.REPORT_LATENCY);
        int projects = lab.scale().bigOrgProjects();
        int pages = lab.scale().bigOrgPages();
        double lowerBound = (double) pages / PARALLELISM * BenchScale.REPORT_LATENCY.toMillis() / 1000.0;
        Spread cold = new Spread();
        Spread coldCalls = new Spread();
        Spread coldHeap = new Spread();
        Spread warm = new Spread();
        Spread list = new Spread();
        Spread listCalls = new Spread();
        Spread listHeap = new Spread();
        lab.api().resetCalls();
        for (int run = 1; run <= lab.scale().runs(); run++) {
            AppSession session = lab.signIn(1, USERS).get(0);
            lab.awaitBudget(SeedData.HARTLEY.orgId(), 2 * pages + 10);
            int before = lab.api().totalCalls();
            JvmProbe.Measured<Double> dashboard = lab.jvm().peakDuring(() -> timed(session, "/api/v1/dashboard", "\"open\""));
            cold.add(dashboard.result());
            coldCalls.add(lab.api().totalCalls() - before);
            coldHeap.add(dashboard.heap().growthMb());
            Spread warmViews = new Spread();
            for (int i = 0; i < WARM_VIEWS; i++) {
                warmViews.add(timed(session, "/api/v1/dashboard", "\"open\"") * 1000);
            }
            warm.add(warmViews.median());
            before = lab.api().totalCalls();
            JvmProbe.Measured<Double> all = lab.jvm().peakDuring(() -> timed(session, "/api/v1/projects?all=true", "\"projectName\""));
            list.add(all.result());
            listCalls.add(lab.api().totalCalls() - before);
            listHeap.add(all.heap().growthMb());
            Lab.say("P2 run %d: dashboard cold %.2f s, warm %.1f ms; full list %.2f s", run, dashboard.result(),
                    warmViews.median(), all.result());
        }
        // What the largest report holds at its peak, its garbage left out: the full list once more (never cached),
        // a full collection every 250 ms (slowed by them, so not timed).
        AppSession holder = lab.signIn(1, USERS).get(0);
        lab.awaitBudget(SeedData.HARTLEY.orgId(), pages + 10);
        JvmProbe.Measured<Double> held = lab.jvm().liveGrowthDuring(() -> timed(holder, "/api/v1/projects?all=true", "\"projectName\""));
        int busiest = lab.api().mostCallsWithin(Duration.ofSeconds(60), SeedData.HARTLEY.orgId());
        double perCall = lab.api().meanServiceMillis();
        String setting = String.format(Locale.ROOT, "%,d projects, 100 ms/call", projects);
        String bound = String.format(Locale.ROOT, "%d pages / %d x 100 ms = %.2f s", pages, PARALLELISM, lowerBound);
        lab.table().add("P2", "dashboard cold (new session): seconds", setting, cold.format(2),
                "<= bound + 1 s (" + bound + ")", ResultTable.atMost(cold.median(), lowerBound + 1, "s"));
        lab.table().add("P2", "dashboard cold: Filevine calls; peak heap over live before (MB)", setting,
                coldCalls.format(0) + " calls; +" + coldHeap.format(0) + " MB");
        lab.table().add("P2", "dashboard warm (same session): ms", setting, warm.format(1), "< 200 ms",
                ResultTable.below(warm.median(), 200, "ms"));
        lab.table().add("P2", "full projects list as JSON (?all=true, not cached): seconds", setting, list.format(2),
                "<= bound + 1 s (" + bound + ")", ResultTable.atMost(list.median(), lowerBound + 1, "s"));
        lab.table().add("P2", "full list: Filevine calls; peak heap over live before (MB)", setting,
                listCalls.format(0) + " calls; +" + listHeap.format(0) + " MB");
        lab.table().add("P2", "full list: live heap growth at its peak (MB, full GC every 250 ms, 1 run): what the report holds",
                setting, String.format(Locale.ROOT, "+%.1f", held.heap().growthMb()));
        lab.table().add("P2", "the simulator's time per call (the set latency plus its own work, ms)", setting,
                String.format(Locale.ROOT, "%.1f", perCall));
        lab.table().add("P2", "busiest 60 s of Filevine calls for the org, all P2 runs", setting,
                Integer.toString(busiest), "<= " + BenchScale.BUDGET_PER_MINUTE + " (budget)", ResultTable.atMost(busiest, BenchScale.BUDGET_PER_MINUTE, "calls"));
    }

    /** Seconds until the whole answer arrived; fails unless it is a 200 carrying {@code marker}. */
    static double timed(AppSession session, String path, String marker) throws Exception {
        long started = System.nanoTime();
        AppSession.Answer answer = session.getJson(path);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!answer.ok(marker)) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return seconds;
    }
}
