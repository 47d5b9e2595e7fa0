package com.vinereports.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P1: the profile page and the dashboard under 1, 16 and 64 signed-in sessions, 50 ms per Filevine call:
 * views per second, p50 and p99, Filevine calls per view, and what the app adds over Filevine's time.
 */
final class PagesUnderLoad {

    /** The users of the smaller org (one org each, so no org picker): the sessions alternate between them. */
    static final List<String> USERS = List.of("carla", "erin");
    /** The profile page, read whole (its last figure is the org user id). */
    static final ClosedLoop.View PROFILE = session -> session.get("/app/profile.xhtml").ok("id=\"org-user-id\"");
    private static final int TARGET_LEVEL = 16;
    private static final double TARGET_ADDED_MS = 10;

    private final Lab lab;
    private final Map<String, ClosedLoop.View> views = new LinkedHashMap<>();

    PagesUnderLoad(Lab lab) {
        this.lab = lab;
        views.put("profile page", PROFILE);
        views.put("dashboard", AppSession::dashboardView);
    }

    void run() throws Exception {
        lab.api().latency(BenchScale.PAGE_LATENCY);
        int most = lab.scale().mostSessions();
        lab.api().resetCalls();
        List<AppSession> sessions = lab.signIn(most, USERS);
        double signInCalls = (double) lab.api().totalCalls() / most;
        lab.api().resetCalls();
        for (AppSession session : sessions) {
            if (!session.dashboardView()) {
                throw new IllegalStateException("The first dashboard view of " + session.username() + " failed");
            }
        }
        double firstDashboardCalls = (double) lab.api().totalCalls() / most;
        lab.table().add("P1", "Filevine calls of a session's first views", "50 ms/call",
                String.format(Locale.ROOT, "sign-in ending on the profile: %.1f; first dashboard: %.1f", signInCalls, firstDashboardCalls));

        lab.table().add("P7", "bytes per signed-in session (its contents serialised, as replicated to another node)",
                "after the profile and the dashboard", sessionBytes(sessions.get(0)) + " bytes");

        List<AppSession> warmUp = sessions.subList(0, Math.min(TARGET_LEVEL, most));
        for (ClosedLoop.View view : views.values()) {
            ClosedLoop.run(warmUp, view, lab.scale().warmUp());
        }
        Map<Cell, Measures> results = new LinkedHashMap<>();
        for (int run = 1; run <= lab.scale().runs(); run++) {
            for (int level : lab.scale().sessionLevels()) {
                for (Map.Entry<String, ClosedLoop.View> view : views.entrySet()) {
                    lab.api().resetCalls();
                    double cpuBefore = lab.jvm().cpuSeconds();
                    ClosedLoop.Run measured = ClosedLoop.run(sessions.subList(0, level), view.getValue(), lab.scale().loadRun());
                    int views = measured.latencies().count();
                    double cpuPerView = (lab.jvm().cpuSeconds() - cpuBefore) * 1000 / views;
                    double callsPerView = (double) lab.api().totalCalls() / views;
                    results.computeIfAbsent(new Cell(view.getKey(), level), key -> new Measures())
                            .add(measured, callsPerView, lab.api().meanServiceMillis(), cpuPerView);
                    Lab.say("P1 run %d, %s, %d sessions: %.0f views/s, p50 %.1f ms, p99 %.1f ms, %.2f calls/view, "
                                    + "app CPU %.2f ms/view, %d failed", run, view.getKey(), level, measured.viewsPerSecond(),
                            measured.latencies().p50(), measured.latencies().p99(), callsPerView, cpuPerView, measured.failures());
                }
            }
        }
        results.forEach((cell, measures) -> report(cell.view(), cell.level(), measures));
    }

    /** What the session-status API says the session weighs (GET /api/v1/session, sessionBytes). */
    static long sessionBytes(AppSession session) throws Exception {
        AppSession.Answer status = session.getJson("/api/v1/session");
        java.util.regex.Matcher bytes = java.util.regex.Pattern.compile("\"sessionBytes\":(\\d+)").matcher(status.body());
        if (!bytes.find()) {
            throw new IllegalStateException("No sessionBytes in " + status.body());
        }
        return Long.parseLong(bytes.group(1));
    }

    private void report(String view, int level, Measures m) {
        String setting = level + (level == 1 ? " session" : " sessions") + ", 50 ms/call";
        String result = String.format(Locale.ROOT, "%s views/s; p50 %s ms; p99 %s ms; %s Filevine calls/view; "
                        + "app adds %s ms at p50; app CPU %s ms/view; %d failed",
                m.rate.format(0), m.p50.format(1), m.p99.format(1), m.calls.format(2), m.added.format(1), m.cpu.format(2), m.failures);
        if (level != TARGET_LEVEL) {
            lab.table().add("P1", view, setting, result);
            return;
        }
        boolean profile = view.startsWith("profile");
        String target = "app adds <= 10 ms (p50)" + (profile ? "; <= 1 call/view" : "");
        String verdict = ResultTable.atMost(m.added.median(), TARGET_ADDED_MS, "ms");
        if (profile && m.calls.max() > 1.0) {
            verdict += "; calls: missed by " + String.format(Locale.ROOT, "%.2f", m.calls.max() - 1.0);
        }
        if (m.failures > 0) {
            verdict += "; " + m.failures + " views failed";
        }
        lab.table().add("P1", view, setting, result, target, verdict);
    }

    /** One row of the table: a view at a number of sessions. */
    private record Cell(String view, int level) {
    }

    /** One view at one level, over the runs. */
    private static final class Measures {
        final Spread rate = new Spread();
        final Spread p50 = new Spread();
        final Spread p99 = new Spread();
        final Spread calls = new Spread();
        final Spread added = new Spread();
        final Spread cpu = new Spread();
        int failures;

        void add(ClosedLoop.Run run, double callsPerView, double serviceMillis, double cpuPerView) {
            cpu.add(cpuPerView);
            rate.add(run.viewsPerSecond());
            p50.add(run.latencies().p50());
            p99.add(run.latencies().p99());
            calls.add(callsPerView);
            // Filevine's share of a view: its calls times the simulator's measured time per call (the set
            // latency plus its own work); everything above that is the app, the container and the network.
            added.add(run.latencies().p50() - callsPerView * serviceMillis);
            failures += run.failures();
        }
    }
}
