package com.vinereports.testing.server;

import com.vinereports.sandbox.PayaraProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Payara Micro, started as the Dockerfile starts it (PayaraProcess): the WAR is deployed by the launch itself. */
final class PayaraMicroServer implements RunningServer {

    private final Path war;
    private final ServerSettings settings;
    private final Path log;
    private PayaraProcess process;

    private PayaraMicroServer(Path war, ServerSettings settings, Path log) {
        this.war = war;
        this.settings = settings;
        this.log = log;
    }

    static PayaraMicroServer launch(Path war, ServerSettings settings, Path log) throws IOException {
        PayaraMicroServer server = new PayaraMicroServer(war, settings, log);
        server.start();
        return server;
    }

    private void start() throws IOException {
        List<String> jvm = Arrays.stream(settings.getJvmOptions().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        process = PayaraProcess.launch(war, settings.getPort(), settings.environment(), jvm, log);
    }

    /** Payara Micro deploys at launch: a restart is a new launch (its unpacked runtime is made again). */
    @Override
    public void restart() throws IOException {
        process.close();
        start();
    }

    @Override
    public void awaitReady(Duration atMost) throws InterruptedException {
        process.awaitReady(atMost);
    }

    @Override
    public void close() {
        process.close();
    }
}
