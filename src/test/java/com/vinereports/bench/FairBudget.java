package com.vinereports.bench;

import com.vinereports.sandbox.ProjectDetails;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * P8: the org's Filevine budget shared fairly (50 ms per call).
 * <ul>
 * <li>Filevine calls per view of each page and report, counted at the simulator, in the big org and in the
 *     1,000-matter one; the upcoming report against the two calls per matter it cost before it read task lists
 *     and the user's calendar (a formula: that code is gone). Reports that would take longer than a benchmark may
 *     are given by the same formulas, not run.</li>
 * <li>A matter's page p50/p99 while another session of the same user runs the upcoming report on every open
 *     matter of the big org (bulk work, at most half of the budget for one user), and the busiest minute.</li>
 * </ul>
 * Runs last: the org-wide report it starts goes on in the app until the benchmarks end.
 */
final class FairBudget {

    private static final String DAYS = "30";
    /**
     * How often the user opens a matter while the report runs: a person reading, not a loop without pause, which
     * would spend the budget itself (pages may use all of it; 7 calls a view, 300 a minute left by the report).
     */
    private static final Duration VIEW_EVERY = Duration.ofSeconds(2);
    /** The app's default shares (README): bulk work 0.75 of the budget, one user's 0.5. */
    static final int USER_BULK_PER_MINUTE = BenchScale.BUDGET_PER_MINUTE / 2;

    private final Lab lab;

    FairBudget(Lab lab) {
        this.lab = lab;
    }

    void run() throws Exception {
        lab.api().latency(BenchScale.PAGE_LATENCY);
        if (!"matter".equals(System.getProperty("bench.p8"))) { // -Dbench.p8=matter: only the last part
            callsPerView("ben", SeedData.HARTLEY.orgId(), false);
            callsPerView("carla", SeedData.RIVERA.orgId(), true);
        }
        matterPageWhileAReportRuns();
    }

    private void callsPerView(String username, int orgId, boolean runUpcoming) throws Exception {
        List<SeedProject> matters = lab.api().firm().projectsOf(orgId);
        List<SeedProject> open = matters.stream().filter(p -> !p.archived()).toList();
        String org = String.format(Locale.ROOT, "%,d matters, %s", matters.size(), username);
        lab.awaitBudget(orgId, 2 * pages(matters.size()) + 20);
        AppSession session = lab.signIn(1, List.of(username)).get(0);
        row(org, "profile data (API /me, not kept): first view / again", session, "/api/v1/me", "/api/v1/me");
        row(org, "dashboard: first view / again", session, "/api/v1/dashboard", "/api/v1/dashboard");
        row(org, "projects table page (25 rows)", session, "/api/v1/projects?limit=25");
        row(org, "a matter's page", session, "/api/v1/projects/" + open.get(0).projectId());
        row(org, "stale matters (60 days)", session, "/api/v1/stale?days=60");
        lab.awaitBudget(orgId, 2 * pages(matters.size()) + 20);
        row(org, "CSV export of the open matters", session, "/api/v1/projects.csv?archived=false");

        SeedData.SeedUser me = SeedData.user(username).orElseThrow();
        List<SeedProject> mine = open.stream().filter(p -> p.primary().equals(me)).toList();
        LocalDate until = LocalDate.now().plusDays(Integer.parseInt(DAYS));
        long mineWithDeadlines = mine.stream().filter(p -> ProjectDetails.of(p).deadlines().stream()
                .anyMatch(d -> !d.dueDate().isAfter(until))).count();
        int list = pages(open.size());
        int mineBefore = list + 2 * mine.size();
        int mineNow = list + 1 + mine.size() + (int) mineWithDeadlines;
        int allNow = list + 2 * open.size();
        if (runUpcoming) {
            lab.awaitBudget(orgId, mineNow + 20);
            int spent = spent(session, "/api/v1/upcoming?days=" + DAYS);
            lab.table().add("P8", "upcoming on my matters (" + DAYS + " days): Filevine calls, before -> now", org
                    + ", " + mine.size() + " matters mine", mineBefore + " -> " + spent,
                    "fewer than before", ResultTable.below(spent, mineBefore, "calls"));
            lab.awaitBudget(orgId, 40);
            int assigned = spent(session, "/api/v1/upcoming?days=" + DAYS + "&scope=assigned");
            lab.table().add("P8", "upcoming assigned to me (" + DAYS + " days): Filevine calls", org,
                    Integer.toString(assigned));
        } else {
            lab.table().add("P8", "upcoming on my matters (" + DAYS + " days): Filevine calls, before -> now (not run)",
                    org + ", " + mine.size() + " matters mine", mineBefore + " -> " + mineNow + " (" + minutes(mineNow)
                            + " at " + USER_BULK_PER_MINUTE + " calls/min)");
        }
        lab.table().add("P8", "upcoming on every open matter: Filevine calls (not run)", org,
                allNow + " (" + minutes(allNow) + "; the same count as before, smaller answers)");
    }

    /** A matter's page, again and again, while the same user's org-wide upcoming report runs in another session. */
    private void matterPageWhileAReportRuns() throws Exception {
        int orgId = SeedData.HARTLEY.orgId();
        List<SeedProject> open = lab.api().firm().projectsOf(orgId).stream().filter(p -> !p.archived()).toList();
        List<AppSession> sessions = lab.signIn(2, List.of("ben"));
        AppSession reporter = sessions.get(0);
        AppSession viewer = sessions.get(1);
        lab.awaitBudget(orgId, BenchScale.BUDGET_PER_MINUTE);
        long started = System.nanoTime();
        int callsBefore = lab.api().totalCalls();
        CompletableFuture.runAsync(() -> {
            try {
                reporter.getJson("/api/v1/upcoming?days=" + DAYS + "&scope=all"); // hours in the big org: left running
            } catch (Exception timedOut) {
                // The client gives up after its time-out; the app goes on with the report, as it should.
            }
        });
        Thread.sleep(3_000); // the report has listed the matters and started on them
        String matter = "/api/v1/projects/" + open.get(open.size() / 2).projectId();
        Duration length = lab.scale().loadRun().multipliedBy(6);
        Latencies latencies = new Latencies();
        int failures = 0;
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end) {
            long viewStarted = System.nanoTime();
            boolean shown = viewer.getJson(matter).ok("\"projectName\"");
            latencies.add(System.nanoTime() - viewStarted);
            failures += shown ? 0 : 1;
            Thread.sleep(Math.max(0, (viewStarted + VIEW_EVERY.toNanos() - System.nanoTime()) / 1_000_000));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int calls = lab.api().totalCalls() - callsBefore;
        int busiest = lab.api().mostCallsWithin(Duration.ofSeconds(60), orgId);
        String setting = String.format(Locale.ROOT, "%,d open matters, 50 ms/call, a view every %d s, %d views",
                open.size(), VIEW_EVERY.toSeconds(), latencies.count());
        lab.table().add("P8", "a matter's page (7 calls) while the same user's org-wide upcoming report runs: p50 / p99 (ms)",
                setting, String.format(Locale.ROOT, "%.0f / %.0f", latencies.p50(), latencies.p99()),
                "p99 < 2000 ms", ResultTable.below(latencies.p99(), 2000, "ms"));
        lab.table().add("P8", "failed matter views; Filevine calls of report and views in the window", setting,
                String.format(Locale.ROOT, "%d; %,d calls in %.0f s", failures, calls, seconds),
                "0 failed", failures == 0 ? "met" : "missed: " + failures + " failed");
        lab.table().add("P8", "busiest 60 s of Filevine calls for the org, all of P8", setting,
                Integer.toString(busiest), "<= " + BenchScale.BUDGET_PER_MINUTE + " (budget)",
                ResultTable.atMost(busiest, BenchScale.BUDGET_PER_MINUTE, "calls"));
    }

    private void row(String org, String measure, AppSession session, String... paths) throws Exception {
        StringBuilder calls = new StringBuilder();
        for (String path : paths) {
            calls.append(calls.length() == 0 ? "" : " / ").append(spent(session, path));
        }
        lab.table().add("P8", measure + ": Filevine calls", org, calls.toString());
    }

    /** The Filevine calls one view cost, counted at the simulator (nothing else runs meanwhile). */
    private int spent(AppSession session, String path) throws Exception {
        int before = lab.api().totalCalls();
        AppSession.Answer answer = path.contains(".csv") ? session.get(path) : session.getJson(path);
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return lab.api().totalCalls() - before;
    }

    private static int pages(int matters) {
        return Math.max(1, (matters + 999) / 1000);
    }

    private static String minutes(int calls) {
        double minutes = (double) calls / USER_BULK_PER_MINUTE;
        return minutes < 1 ? "under a minute" : String.format(Locale.ROOT, "about %.0f min", Math.ceil(minutes));
    }
}
