package com.vinereports.testing.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * WildFly 39, as the README sets it up: {@code server-config/wildfly/configure.cli} run once on the installation
 * (here the distribution the build unpacked, {@code -Dwildfly.home}), then {@code standalone.sh} with the
 * configuration it edits. The WAR goes in as ROOT.war (served at "/"), in a server base directory of this run's own,
 * so that executions never see each other's deployments or data.
 */
final class WildFlyServer implements RunningServer {

    static final String CONFIGURATION = "standalone-microprofile.xml";
    private static final String CONFIGURED_MARK = ".vine-reports-configured";

    private ServerProcess process;
    private final Path deployments;

    private WildFlyServer(ServerProcess process, Path deployments) {
        this.process = process;
        this.deployments = deployments;
    }

    static WildFlyServer launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("wildfly.home"));
        configureOnce(home, CONFIGURATION, log.resolveSibling("configure.log"), "configure.cli");
        Path base = log.resolveSibling("standalone-" + System.getProperty("it.execution", "it"));
        Trees.copyFresh(home.resolve("standalone"), base);
        Files.copy(war, base.resolve("deployments/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        int port = settings.getPort();
        List<String> command = List.of(home.resolve("bin/standalone.sh").toString(), "-c", CONFIGURATION,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + port,
                // The other listeners, away from the ports of the tests and of a WildFly the machine may run.
                "-Djboss.https.port=" + (port + 1200),
                "-Djboss.management.http.port=" + (port + 1201),
                "-Djboss.management.https.port=" + (port + 1202));
        Map<String, String> environment = new java.util.HashMap<>(settings.environment());
        if (!settings.getJvmOptions().isBlank()) {
            environment.put("JBOSS_JAVA_SIZING", settings.getJvmOptions()); // else standalone.conf's own default
        }
        ServerProcess process = ServerProcess.start(command, environment, log, port);
        return new WildFlyServer(process, base.resolve("deployments"));
    }

    /**
     * The scripts of server-config/wildfly on {@code configuration}, as an operator runs them: once per installation
     * (they edit the configuration in place). The scripts embed the configuration that {@code vine.wildfly.config}
     * names.
     */
    static synchronized void configureOnce(Path home, String configuration, Path log, String... scripts)
            throws IOException, InterruptedException {
        Path mark = home.resolve("standalone/configuration").resolve(CONFIGURED_MARK + "-" + configuration);
        if (Files.exists(mark)) {
            return;
        }
        for (String name : scripts) {
            Path script = Path.of(System.getProperty("vine.serverConfigRoot", "server-config"), "wildfly", name);
            ServerProcess.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "-Dvine.wildfly.config=" + configuration,
                    "--file=" + script.toAbsolutePath()), Map.of(), log, Duration.ofMinutes(2));
            if (Files.readString(log).contains("\"outcome\" => \"failed\"")) {
                throw new IllegalStateException(name + " failed on " + home + "; see " + log);
            }
        }
        Files.writeString(mark, String.join(", ", scripts) + " ran here on " + configuration + "\n");
    }

    /** The same standalone.sh on the same base directory: the deployment is there already. */
    @Override
    public void restart() throws IOException {
        process = process.restart();
    }

    @Override
    public void awaitReady(Duration atMost) throws InterruptedException {
        process.awaitReady(atMost, () -> Files.exists(deployments.resolve("ROOT.war.failed")));
    }

    @Override
    public void close() {
        process.close();
    }
}
