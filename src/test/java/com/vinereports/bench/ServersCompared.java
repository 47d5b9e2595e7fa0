package com.vinereports.bench;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.server.RunningServer;
import com.vinereports.testing.server.ServerKind;
import com.vinereports.testing.server.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * P9: the same WAR on Payara Micro, Payara Server and WildFly, set up as the README says (the integration tests'
 * launchers), each with its own default JVM options, measured alike: the first launch to the first page (for Payara
 * Server that includes creating the domain, for WildFly running configure.cli), restarts with the WAR in place
 * (P5's method), and the profile view at 16 sessions, 50 ms per Filevine call (P1's method).
 */
final class ServersCompared {

    private static final List<String> SERVERS = List.of("payara-micro", "payara-server", "wildfly");
    private static final int SESSIONS = 16;

    private final BenchScale scale;
    private final StrictProvider provider;
    private final FilevineSimulator api;
    private final Map<String, String> environment;
    private final ResultTable table;
    private final Path out;

    ServersCompared(BenchScale scale, StrictProvider provider, FilevineSimulator api, Map<String, String> environment,
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
        for (String name : SERVERS) {
            ServerSettings settings = ServerSettings.of(name, Benchmarks.APP_PORT, "").withEnvironment(environment);
            Path log = out.resolve("servers").resolve(name + ".log").toAbsolutePath();
            long launched = System.nanoTime();
            try (RunningServer server = ServerKind.named(name).launch(Path.of(System.getProperty("vine.war")), settings, log)) {
                server.awaitReady(Duration.ofMinutes(5));
                double first = (System.nanoTime() - launched) / 1e9;
                Spread restarts = new Spread();
                for (int restart = 1; restart <= scale.startUps(); restart++) {
                    long began = System.nanoTime();
                    server.restart();
                    server.awaitReady(Duration.ofMinutes(5));
                    restarts.add((System.nanoTime() - began) / 1e9);
                }
                Lab.say("P9 %s: first launch %.1f s, restarts %s s", name, first, restarts.format(1));
                table.add("P9", name + ": start-up to the first page (s)", "first launch; then " + scale.startUps()
                        + " restarts, WAR in place", String.format(java.util.Locale.ROOT, "%.1f; restarts %s", first,
                        restarts.format(1)));
                profileUnderLoad(name);
            }
        }
    }

    /** P1's profile view on this server: closed loop, {@link #SESSIONS} sessions of the smaller org's users. */
    private void profileUnderLoad(String name) throws Exception {
        List<AppSession> sessions = Lab.signIn("http://localhost:" + Benchmarks.APP_PORT, provider, SESSIONS,
                PagesUnderLoad.USERS);
        ClosedLoop.View profile = PagesUnderLoad.PROFILE;
        ClosedLoop.run(sessions, profile, scale.warmUp());
        Spread rate = new Spread();
        Spread p50 = new Spread();
        Spread p99 = new Spread();
        int failures = 0;
        for (int run = 1; run <= scale.runs(); run++) {
            ClosedLoop.Run measured = ClosedLoop.run(sessions, profile, scale.loadRun());
            rate.add(measured.viewsPerSecond());
            p50.add(measured.latencies().p50());
            p99.add(measured.latencies().p99());
            failures += measured.failures();
            Lab.say("P9 %s run %d, profile, %d sessions: %.0f views/s, p50 %.1f ms, p99 %.1f ms, %d failed", name, run,
                    SESSIONS, measured.viewsPerSecond(), measured.latencies().p50(), measured.latencies().p99(),
                    measured.failures());
        }
        table.add("P9", name + ": profile page", SESSIONS + " sessions, 50 ms/call", String.format(java.util.Locale.ROOT,
                "%s views/s; p50 %s ms; p99 %s ms; %d failed", rate.format(0), p50.format(1), p99.format(1), failures));
    }
}
