package com.vinereports.testing.server;

import com.vinereports.sandbox.AppReady;
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
    private final Map<String, String> environment;

    private PayaraServerDomain(Path home, Path domains, int appPort, Path setupLog, Map<String, String> environment) {
        this.environment = environment;
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
        PayaraServerDomain domain = new PayaraServerDomain(home, domains, settings.getPort(), log, settings.environment());
        // The script takes only the heap from the JVM options (the domain keeps its other JVM options).
        java.util.regex.Matcher xmx = java.util.regex.Pattern.compile("-Xmx(\\S+)").matcher(settings.getJvmOptions());
        String heap = xmx.find() ? xmx.group(1) : "";
        Map<String, String> environment = new java.util.HashMap<>(settings.environment());
        environment.putAll(Map.of("VINE_HTTP_PORT", Integer.toString(settings.getPort()),
                "VINE_ADMIN_PORT", Integer.toString(domain.adminPort), "VINE_MAX_HEAP", heap));
        try {
            ServerProcess.run(List.of("bash", script.toAbsolutePath().toString(), home.toString(), war.toString(),
                    domains.toString()), environment, log, Duration.ofMinutes(5));
        } catch (IOException | RuntimeException | InterruptedException failed) {
            domain.close();
            throw failed;
        }
        return domain;
    }

    /** The script returns once the WAR is deployed; the landing page confirms it. */
    @Override
    public void awaitReady(Duration atMost) throws InterruptedException {
        AppReady.await(appPort, atMost, () -> false, setupLog);
    }

    /** stop-domain, then start-domain: the domain keeps its configuration and the deployed WAR. */
    @Override
    public void restart() throws IOException, InterruptedException {
        asadmin("stop-domain", Map.of());
        asadmin("start-domain", environment);
    }

    @Override
    public void close() {
        if (!Files.isDirectory(domains.resolve(DOMAIN))) {
            return;
        }
        try {
            asadmin("stop-domain", Map.of());
        } catch (Exception failed) {
            System.err.println("Payara Server's domain did not stop: " + failed.getMessage());
        }
    }

    private void asadmin(String command, Map<String, String> extra) throws IOException, InterruptedException {
        ServerProcess.run(List.of(home.resolve("bin/asadmin").toString(), "--interactive=false", "--port",
                Integer.toString(adminPort), command, "--domaindir", domains.toString(), DOMAIN),
                extra, setupLog.resolveSibling(setupLog.getFileName() + "." + command), Duration.ofMinutes(3));
    }
}
