package com.vinereports.testing.server;

import com.vinereports.sandbox.AppReady;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server started by a script (WildFly's standalone.sh, Payara Server's asadmin): its output goes to a log, it is
 * ready when the app's landing page answers 200, and stopping it stops every process it started (a script's JVM is
 * its child, which killing the script alone would leave running).
 */
final class ServerProcess {

    private final List<String> command;
    private final Map<String, String> extra;
    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(List<String> command, Map<String, String> extra, Process process, Path log, int port) {
        this.command = command;
        this.extra = extra;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code command}: this JVM's environment (the app's settings, as in production) plus {@code extra}. */
    static ServerProcess start(List<String> command, Map<String, String> extra, Path log, int port) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(extra);
        return new ServerProcess(command, extra, builder.start(), log, port);
    }

    /** Stops this process and starts the same command again (its output appended to the log). */
    ServerProcess restart() throws IOException {
        close();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(extra);
        return new ServerProcess(command, extra, builder.start(), log, port);
    }

    /** Runs a set-up command to its end (e.g. jboss-cli, asadmin); fails with its output when it fails. */
    static void run(List<String> command, Map<String, String> extra, Path log, Duration atMost) throws IOException,
            InterruptedException {
        ServerProcess step = start(command, extra, log, 0);
        if (!step.process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            step.close();
            throw new IllegalStateException(command.get(0) + " did not finish in " + atMost.toSeconds() + " s; see " + log);
        }
        if (step.process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + step.process.exitValue()
                    + "):\n" + Files.readString(log));
        }
    }

    /** Waits for the app's landing page; fails fast when the process ends or {@code failed} says the deployment did. */
    void awaitReady(Duration atMost, BooleanSupplier failed) throws InterruptedException {
        AppReady.await(port, atMost, () -> !process.isAlive() || failed.getAsBoolean(), log);
    }

    /** Kills the process and its descendants as a crash would ({@code kill -9}): nothing gets to shut down. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        // Until the server's own JVM has gone (the script may go first): before that its port still takes connections.
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException stuck) {
                throw new IllegalStateException("Process " + handle.pid() + " did not end after kill -9", stuck);
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process and its descendants: politely first, then by force. */
    void close() {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle handle : all) {
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception slow) {
            if (slow instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            all.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
