package com.vinereports.bench;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.server.PayaraCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P11 (asked for as "P6" by issue 18; P6 was already issue 12's strangers): the app on one node and on two nodes of
 * one data grid, both behind HAProxy on this one machine (README's "Two nodes" set-up, PayaraCluster), measured as
 * P1 measures (profile and dashboard views, closed loop, 50 ms per Filevine call); then node a killed ({@code kill -9})
 * while 64 sessions keep asking for their profile: views that failed, how long until the survivor served every session
 * again, and the grants the provider saw meanwhile (a new sign-in would be a code grant).
 */
final class ClusterCompared {

    private static final int FIRST_NODE_PORT = 7267;
    private static final int FIRST_GRID_PORT = 7277;

    private final BenchScale scale;
    private final StrictProvider provider;
    private final FilevineSimulator api;
    private final Map<String, String> environment;
    private final ResultTable table;
    private final Path out;

    ClusterCompared(BenchScale scale, StrictProvider provider, FilevineSimulator api, Map<String, String> environment,
            ResultTable table, Path out) {
        this.scale = scale;
        this.provider = provider;
        this.api = api;
        this.environment = environment;
        this.table = table;
        this.out = out;
    }

    void run() throws Exception {
        api.latency(BenchScale.PAGE_LATENCY);
        for (int nodes = 1; nodes <= 2; nodes++) {
            Path dir = out.resolve("cluster-" + nodes).toAbsolutePath();
            try (PayaraCluster cluster = PayaraCluster.launch(Path.of(System.getProperty("vine.war")),
                    PayaraCluster.Ports.from(Benchmarks.APP_PORT, FIRST_NODE_PORT, FIRST_GRID_PORT, nodes), "vine-bench",
                    environment, List.of(), dir)) {
                cluster.awaitReady(Duration.ofMinutes(5));
                String base = "http://localhost:" + Benchmarks.APP_PORT;
                List<AppSession> sessions = Lab.signIn(base, provider, scale.mostSessions(), PagesUnderLoad.USERS);
                views(nodes, sessions);
                if (nodes == 2) {
                    killUnderLoad(cluster, sessions);
                }
            }
        }
    }

    private void views(int nodes, List<AppSession> sessions) throws Exception {
        Map<String, ClosedLoop.View> views = new LinkedHashMap<>();
        views.put("profile page", PagesUnderLoad.PROFILE);
        views.put("dashboard", AppSession::dashboardView);
        for (ClosedLoop.View view : views.values()) {
            ClosedLoop.run(sessions, view, scale.warmUp());
        }
        String setUp = nodes == 1 ? "1 node" : nodes + " nodes";
        for (int level : levels()) {
            for (Map.Entry<String, ClosedLoop.View> view : views.entrySet()) {
                Spread rate = new Spread();
                Spread p50 = new Spread();
                Spread p99 = new Spread();
                int failures = 0;
                for (int run = 1; run <= scale.runs(); run++) {
                    ClosedLoop.Run measured = ClosedLoop.run(sessions.subList(0, level), view.getValue(), scale.loadRun());
                    rate.add(measured.viewsPerSecond());
                    p50.add(measured.latencies().p50());
                    p99.add(measured.latencies().p99());
                    failures += measured.failures();
                    Lab.say("P11 %s, %s, %d sessions, run %d: %.0f views/s, p50 %.1f ms, p99 %.1f ms, %d failed", setUp,
                            view.getKey(), level, run, measured.viewsPerSecond(), measured.latencies().p50(),
                            measured.latencies().p99(), measured.failures());
                }
                table.add("P11", setUp + " behind HAProxy: " + view.getKey(), level + " sessions, 50 ms/call",
                        String.format(Locale.ROOT, "%s views/s; p50 %s ms; p99 %s ms; %d failed", rate.format(0),
                                p50.format(1), p99.format(1), failures));
            }
        }
    }

    /** The two largest session counts of the scale (16 and 64 at full scale). */
    private List<Integer> levels() {
        List<Integer> levels = new ArrayList<>(scale.sessionLevels());
        return levels.subList(Math.max(0, levels.size() - 2), levels.size());
    }

    /** Every session asks for its profile in a closed loop; node a is killed a third of the way in. */
    private void killUnderLoad(PayaraCluster cluster, List<AppSession> sessions) throws Exception {
        Duration length = scale.loadRun().multipliedBy(3);
        int refreshGrants = grants("refreshGrants");
        int codeGrants = grants("codeGrants");
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger views = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        long[] recoveredAfter = new long[sessions.size()];
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + length.toNanos();
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            AppSession session = sessions.get(i);
            int index = i;
            Thread user = new Thread(() -> {
                try {
                    go.await();
                    while (System.nanoTime() < end) {
                        boolean shown;
                        try {
                            shown = PagesUnderLoad.PROFILE.open(session);
                        } catch (Exception failure) {
                            shown = false;
                        }
                        views.incrementAndGet();
                        long now = System.nanoTime();
                        if (!shown) {
                            failed.incrementAndGet();
                        } else if (killedAt.get() != 0 && recoveredAfter[index] == 0) {
                            recoveredAfter[index] = now - killedAt.get();
                        }
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }, "kill-load-" + i);
            users.add(user);
            user.start();
        }
        go.countDown();
        Thread.sleep(length.toMillis() / 3);
        killedAt.set(System.nanoTime());
        cluster.kill("a");
        for (Thread user : users) {
            user.join();
        }
        long slowest = 0;
        int recovered = 0;
        for (long after : recoveredAfter) {
            if (after > 0) {
                recovered++;
                slowest = Math.max(slowest, after);
            }
        }
        int refreshes = grants("refreshGrants") - refreshGrants;
        int signIns = grants("codeGrants") - codeGrants;
        Lab.say("P11 kill: %d views, %d failed; %d of %d sessions served after the kill, the last %.2f s after it; "
                + "grants meanwhile: %d refresh, %d sign-in", views.get(), failed.get(), recovered, sessions.size(),
                slowest / 1e9, refreshes, signIns);
        table.add("P11", "node a killed (kill -9) under load", sessions.size() + " sessions on profile pages for "
                + length.toSeconds() + " s, killed at a third", String.format(Locale.ROOT, "%d of %d views failed; %d of %d "
                + "sessions served again, the last %.2f s after the kill; grants at the provider meanwhile: %d refresh, "
                + "%d new sign-ins", failed.get(), views.get(), recovered, sessions.size(), slowest / 1e9, refreshes, signIns));
    }

    private int grants(String kind) throws Exception {
        int total = 0;
        for (String user : PagesUnderLoad.USERS) {
            total += provider.stat(kind, user);
        }
        return total;
    }
}
