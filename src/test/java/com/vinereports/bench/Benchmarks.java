package com.vinereports.bench;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.PayaraProcess;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.server.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mvn -Pbench package}: starts the Filevine simulator, a real OpenID provider (panva oidc-provider) and
 * the production WAR on Payara Micro, signs sessions in through the provider's login form, runs P1-P6, P8-P11 of
 * issue 6 over the app's HTTP interface, and prints one table (also written to target/benchmarks.md).
 * {@code -Dbench.scale=tiny} runs everything once at a tiny size, as CI does.
 */
public final class Benchmarks {

    static final int APP_PORT = 7259;
    static final int PROVIDER_PORT = 7260;
    static final int API_PORT = 7261;
    private static final Path OUT = Path.of("target", "benchmarks");

    private Benchmarks() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(BenchScale.of(System.getProperty("bench.scale", "full")));
            status = 0;
        } catch (Exception failed) {
            System.err.println("[bench] FAILED: " + failed);
            failed.printStackTrace();
        }
        System.exit(status);
    }

    private static void run(BenchScale scale) throws Exception {
        String machine = Machine.describe();
        Lab.say("scale %s; %s", scale.name(), machine);
        ResultTable table = new ResultTable();
        SeedData.Firm firm = SeedData.firm(scale.bigOrgProjects(), scale.otherOrgProjects());
        try (StrictProvider provider = new StrictProvider(PROVIDER_PORT);
             FilevineSimulator api = FilevineSimulator.start(API_PORT, Map.of(), firm)) {
            provider.start(StrictProvider.CLIENT_SECRET);
            api.trustIntrospection(provider.introspectionEndpoint(), StrictProvider.CLIENT_ID, StrictProvider.CLIENT_SECRET);
            api.cacheIntrospection(true);
            // The numbers of BENCHMARKS.md are for a Filevine whose list count is a total (pages then come in
            // parallel); -Dsandbox.count=page measures the stricter case, where lists walk page by page.
            api.countIsTotal(!"page".equalsIgnoreCase(System.getProperty("sandbox.count", "total")));
            Map<String, String> environment = new HashMap<>(Map.of(
                    "FILEVINE_REGION", "custom",
                    "FILEVINE_AUTHORITY", provider.issuer().toString(),
                    "FILEVINE_API_URL", api.baseUri().toString(),
                    "FILEVINE_CLIENT_ID", StrictProvider.CLIENT_ID,
                    "FILEVINE_CLIENT_SECRET", StrictProvider.CLIENT_SECRET,
                    "FILEVINE_REFRESH_MARGIN_SECONDS", Integer.toString(BenchScale.REFRESH_MARGIN_SECONDS),
                    "VINE_DATA_DIR", OUT.resolve("app-data").toAbsolutePath().toString()));
            environment.putAll(production().environment());
            environment.putAll(appEnvironment());
            Trees.delete(OUT.resolve("app-data")); // the history starts empty: P2's first dashboard is a first recording
            Spread ready = new Spread();
            Spread runtime = new Spread();
            Spread deployment = new Spread();
            Spread appStart = new Spread();
            PayaraProcess app = null;
            // As the Dockerfile does: Payara's runtime unpacked once, with a class-data-sharing archive of this WAR.
            Path root = PayaraProcess.prepareLauncher(Path.of(System.getProperty("vine.war")), OUT.resolve("payara-root"));
            for (int start = 1; start <= scale.startUps(); start++) {
                if (app != null) {
                    app.close();
                }
                app = PayaraProcess.launchPrepared(root, APP_PORT, environment, appJvmOptions(), OUT.resolve("payara-" + start + ".log"));
                double seconds = app.awaitReady(Duration.ofSeconds(180));
                ready.add(seconds);
                StartUpLog phases = StartUpLog.read(app.log());
                runtime.add(phases.runtimeSeconds());
                deployment.add(phases.deploySeconds());
                appStart.add(phases.appStartSeconds());
                Lab.say("P5 start %d: first page after %.1f s; %s", start, seconds, phases.describe());
            }
            try (PayaraProcess running = app; JvmProbe jvm = JvmProbe.attach(running.pid())) {
                Lab lab = new Lab(scale, api, provider, running, jvm, table);
                table.add("P5", "start-up: launch to the first page answered (s)", scale.startUps() + " starts, sandbox idle",
                        ready.format(1), "< 12 s", ResultTable.below(ready.median(), 12, "s"));
                table.add("P7", "start-up phases, from Payara's log: runtime boot / deployment / app start (s)",
                        scale.startUps() + " starts", runtime.format(1) + " / " + deployment.format(1) + " / " + appStart.format(1));
                if (selected("P1")) {
                    new PagesUnderLoad(lab).run();
                }
                if (selected("P2")) {
                    new BigReport(lab).run();
                }
                if (selected("P4")) {
                    new Exports(lab).run();
                }
                if (selected("P10")) {
                    new HistoryCost(lab, OUT).run();
                }
                if (Boolean.getBoolean("bench.histogram")) {
                    System.out.println(jvm.classHistogram(25));
                }
                printNativeMemory(jvm, "after P1, P2, P4 and P10");
                double[] resident = jvm.residentMb();
                table.add("P7", "memory after P1, P2, P4 and P10: RSS / peak RSS / live heap (MiB)", jvmSetting(),
                        String.format(Locale.ROOT, "%.0f / %.0f / %.0f", resident[0], resident[1], jvm.liveHeapMb()));
                if (selected("P3")) {
                    new RefreshStorm(lab).run();
                }
                if (selected("P6")) {
                    new AnonymousFlood(lab).run();
                }
                if (selected("P8")) {
                    new FairBudget(lab).run(); // last: it leaves an org-wide report running in the app
                }
                double[] atEnd = jvm.residentMb();
                // A minute without requests (P8's org-wide report still running), nothing forced: what the JVM's own
                // settings give back. The live heap is read last: its full collection would shrink the heap itself.
                int rest = Integer.getInteger("bench.restSeconds", "tiny".equals(scale.name()) ? 5 : 60);
                Thread.sleep(Duration.ofSeconds(rest).toMillis());
                double[] atRest = jvm.residentMb();
                printNativeMemory(jvm, "at the end, after the rest");
                table.add("P7", "memory at the end of this JVM's benchmarks (all but P9 and P11 when all run): "
                        + "RSS right after / RSS after " + rest + " s at rest / peak RSS / live heap (MiB)", jvmSetting(),
                        String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", atEnd[0], atRest[0], atRest[1], jvm.liveHeapMb()),
                        "RSS <= 600 MiB", ResultTable.atMost(atRest[0], 600, "MiB"));
                if (Boolean.getBoolean("bench.histogram")) {
                    System.out.println(jvm.classHistogram(25));
                }
            }
            if (selected("P9")) {
                new ServersCompared(scale, provider, api, environment, table, OUT).run(); // on the same port, after
            }
            if (selected("P11")) {
                new ClusterCompared(scale, provider, api, environment, table, OUT).run(); // the same port, behind HAProxy
            }
        }
        String report = "Benchmarks, scale " + scale.name() + ", " + Instant.now() + "\n\n" + machine + "\n\n" + table.markdown();
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("results-" + scale.name() + ".md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Load average after the run: " + Machine.loadAverage());
    }

    /** The app's JVM options and environment as the memory rows name them. */
    private static String jvmSetting() {
        String options = appJvmOptions().isEmpty() ? "default JVM options" : String.join(" ", appJvmOptions());
        Map<String, String> environment = new TreeMap<>(production().environment());
        environment.putAll(appEnvironment());
        return environment.isEmpty() ? options : options + "; " + environment;
    }

    /** With {@code -Dbench.appJvm=-XX:NativeMemoryTracking=summary}: where the app's native memory goes. */
    private static void printNativeMemory(JvmProbe jvm, String when) throws Exception {
        String summary = jvm.nativeMemory();
        if (!summary.isEmpty()) {
            Lab.say("native memory %s:%n%s", when, summary);
        }
    }

    /**
     * The app's JVM options: the Dockerfile's, in a container of {@code -Dbench.containerMemory} (1g: the README's
     * {@code docker run --memory=1g}, which {@code -XX:MaxRAM} stands for here), then {@code -Dbench.appJvm="-XX:..."}
     * to try one (later options win). {@code -Dbench.dockerfileJvm=false} leaves the Dockerfile's out (the JVM's
     * defaults on this 23 GB machine, for comparing).
     */
    private static List<String> appJvmOptions() {
        List<String> options = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("bench.dockerfileJvm", "true"))) {
            options.addAll(production().jvmOptions());
            options.add("-XX:MaxRAM=" + System.getProperty("bench.containerMemory", "1g"));
        }
        String extra = System.getProperty("bench.appJvm", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /** What the Dockerfile starts the app with (its JVM options and environment). */
    private static DockerfileSettings production() {
        try {
            return DockerfileSettings.read(Path.of(System.getProperty("vine.dockerfile", "Dockerfile")));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** {@code -Dbench.appEnv=VINE_HISTORY_RECORD=false,...}: settings for the app, to compare one (none by default). */
    private static Map<String, String> appEnvironment() {
        Map<String, String> settings = new HashMap<>();
        for (String pair : System.getProperty("bench.appEnv", "").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                settings.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return settings;
    }

    /** {@code -Dbench.only=P1,P3} runs only those (start-up, P5, always runs): for working on one of them. */
    private static boolean selected(String id) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(id);
    }

    /** The machine the numbers come from, for the report. */
    static final class Machine {

        private Machine() {
        }

        static String describe() throws IOException {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
            String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB").orElse("?");
            return String.format(Locale.ROOT, "%d cores (%s), %s RAM, Java %s (%s), load average before: %s",
                    Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), loadAverage());
        }

        static String loadAverage() throws IOException {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        }
    }
}
