package com.vinereports.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production WAR on Payara Micro in its own JVM, started the way the Dockerfile starts it (same flags,
 * same pre-boot commands, settings from the environment): for the demo and the benchmarks.
 */
public final class PayaraProcess implements AutoCloseable {

    /**
     * A single node, as the Dockerfile starts it: without Payara's data grid at all (Hazelcast's threads, classes
     * and heap, about 16 MB resident and 40 threads: P7 in BENCHMARKS.md); the app keeps its shared state in memory.
     */
    public static final List<String> SINGLE_NODE = List.of("--nohazelcast");

    private final Process process;
    private final Path log;
    private final int port;
    private final long launchedAt;

    private PayaraProcess(Process process, Path log, int port, long launchedAt) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.launchedAt = launchedAt;
    }

    /** Launches Payara Micro with the built WAR at "/" on {@code port}; does not wait (see {@link #awaitReady}). */
    public static PayaraProcess launch(int port, Map<String, String> environment, List<String> jvmOptions, Path log)
            throws IOException {
        return launch(Path.of(System.getProperty("vine.war")), port, environment, jvmOptions, log);
    }

    /** Launches Payara Micro with {@code war} at "/"; the process inherits this JVM's environment plus {@code environment}. */
    public static PayaraProcess launch(Path war, int port, Map<String, String> environment, List<String> jvmOptions,
            Path log) throws IOException {
        return launch(war, port, environment, jvmOptions, SINGLE_NODE, log);
    }

    /** The same, as a member of a data grid: {@code clusterOptions} instead of {@link #SINGLE_NODE}'s. */
    public static PayaraProcess launch(Path war, int port, Map<String, String> environment, List<String> jvmOptions,
            List<String> clusterOptions, Path log) throws IOException {
        return start(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", war.toString(), "--contextroot", "/"),
                port, environment, jvmOptions, clusterOptions, log);
    }

    /**
     * Launches the app from a root directory that {@link #prepareLauncher} prepared (as the Dockerfile does): Payara's
     * launcher with its class-data-sharing archive; the WAR is deployed there already.
     */
    public static PayaraProcess launchPrepared(Path root, int port, Map<String, String> environment,
            List<String> jvmOptions, Path log) throws IOException {
        return start(List.of("-XX:SharedArchiveFile=" + root.resolve("vine.jsa"), "-jar", root.resolve("launch-micro.jar").toString()),
                port, environment, jvmOptions, SINGLE_NODE, log);
    }

    private static PayaraProcess start(List<String> runtime, int port, Map<String, String> environment,
            List<String> jvmOptions, List<String> clusterOptions, Path log) throws IOException {
        Path serverConfig = Path.of(System.getProperty("vine.serverConfig"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(runtime);
        command.addAll(List.of("--port", Integer.toString(port)));
        command.addAll(clusterOptions);
        command.addAll(List.of("--disablephonehome",
                "--prebootcommandfile", serverConfig.resolve("pre-boot-commands.asadmin").toString()));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long launchedAt = System.nanoTime();
        return new PayaraProcess(builder.start(), log, port, launchedAt);
    }

    /**
     * Runs server-config/payara/prepare-launcher.sh for {@code war} into {@code root} (about 30 s: a start of the
     * app that records its classes); returns {@code root}, for {@code vine.payaraRoot}.
     */
    public static Path prepareLauncher(Path war, Path root) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("vine.serverConfig"), "prepare-launcher.sh");
        Path preBoot = Path.of(System.getProperty("vine.serverConfig"), "pre-boot-commands.asadmin");
        Files.createDirectories(root.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), System.getProperty("payara.microJar"),
                war.toAbsolutePath().toString(), root.toAbsolutePath().toString(), preBoot.toString()).inheritIO();
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("prepare-launcher.sh failed (exit " + exit + ") for " + root);
        }
        return root.toAbsolutePath();
    }

    /** Waits until the app answers ({@link AppReady}); returns the seconds since launch. */
    public double awaitReady(Duration atMost) throws InterruptedException {
        AppReady.await(port, atMost, () -> !process.isAlive() || deploymentFailed(), log);
        return (System.nanoTime() - launchedAt) / 1e9;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Payara's own log (stdout and stderr of the process). */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private boolean deploymentFailed() {
        try {
            return Files.readString(log).contains("Exception while loading the app");
        } catch (IOException notYetWritten) {
            return false;
        }
    }

    /** Kills the process as {@code kill -9} would: no shutdown hook, nothing handed over. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
