package com.vinereports.testing.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Payara Server 6, as the README sets it up: {@code server-config/payara-server/setup-domain.sh} creates a domain
 * (in a directory of this run's own), configures it as Payara Micro is, starts it with this JVM's environment (the
 * app's settings) and deploys the WAR at "/". The domain outlives the script: closing stops it with asadmin.
 */
final class PayaraServerDomain implements RunningServer {

    private static final String DOMAIN = "vine-reports";
    /** The admin port (and the ten above it, the domain's other listeners): away from the tests' ports. */
    private static final int ADMIN_PORT_OFFSET = 1210;

    private final Path home;
    private final Path domains;
    private final int appPort;
    private final int adminPort;
    private final Path setupLog;

    private PayaraServerDomain(Path home, Path domains, int appPort, Path setupLog) {
        this.home = home;
        this.domains = domains;
        this.appPort = appPort;
        this.adminPort = appPort + ADMIN_PORT_OFFSET;
        this.setupLog = setupLog;
    }

    static PayaraServerDomain launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("payara.server.home"));
        Path domains = log.resolveSibling("domains-" + System.getProperty("it.execution", "it"));
        Trees.delete(domains);
        Path script = Path.of(System.getProperty("vine.serverConfigRoot", "server-config"), "payara-server", "setup-domain.sh");
        PayaraServerDomain domain = new PayaraServerDomain(home, domains, settings.getPort(), log);
        String heap = settings.getJvmOptions().replaceAll(".*-Xmx(\\S+).*", "$1");
        try {
            ServerProcess.run(List.of("bash", script.toAbsolutePath().toString(), home.toString(), war.toString(),
                    domains.toString()), Map.of("VINE_HTTP_PORT", Integer.toString(settings.getPort()),
                    "VINE_ADMIN_PORT", Integer.toString(domain.adminPort), "VINE_MAX_HEAP", heap), log, Duration.ofMinutes(5));
        } catch (IOException | RuntimeException | InterruptedException failed) {
            domain.close();
            throw failed;
        }
        return domain;
    }

    /** The script returns once the WAR is deployed; the landing page confirms it. */
    @Override
    public void awaitReady(Duration atMost) throws InterruptedException {
        ServerProcess.awaitApp(appPort, atMost, () -> false, setupLog);
    }

    @Override
    public void close() {
        if (!Files.isDirectory(domains.resolve(DOMAIN))) {
            return;
        }
        try {
            ServerProcess.run(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false", "--port",
                    Integer.toString(adminPort), "stop-domain", "--domaindir", domains.toString(), DOMAIN),
                    Map.of(), setupLog.resolveSibling(setupLog.getFileName() + ".stop"), Duration.ofMinutes(2));
        } catch (Exception failed) {
            System.err.println("Payara Server's domain did not stop: " + failed.getMessage());
        }
    }
}
