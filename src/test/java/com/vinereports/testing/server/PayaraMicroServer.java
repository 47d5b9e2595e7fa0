package com.vinereports.testing.server;

import com.vinereports.sandbox.PayaraProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Payara Micro, started as the Dockerfile starts it (PayaraProcess): the WAR is deployed by the launch itself. */
final class PayaraMicroServer implements RunningServer {

    private final PayaraProcess process;

    private PayaraMicroServer(PayaraProcess process) {
        this.process = process;
    }

    static PayaraMicroServer launch(Path war, ServerSettings settings, Path log) throws IOException {
        List<String> jvm = Arrays.stream(settings.getJvmOptions().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        return new PayaraMicroServer(PayaraProcess.launch(war, settings.getPort(), Map.of(), jvm, log));
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
