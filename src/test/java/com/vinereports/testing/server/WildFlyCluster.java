package com.vinereports.testing.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vine Reports on WildFly nodes of one cluster behind HAProxy ({@link Balancer}), as the README's "Two nodes" sets
 * them up: {@code configure.cli} and {@code cluster.cli} on {@value #CONFIGURATION} (Infinispan keeps the
 * distributable sessions; members found by a fixed list, JGroups on loopback), each node in a server base directory
 * of its own, with its own name and a port offset of {@value #OFFSET_STEP} per node for the ports this does not set.
 */
final class WildFlyCluster extends NodesBehindBalancer {

    static final String CONFIGURATION = "standalone-microprofile-ha.xml";
    /** Between two nodes' port offsets: JGroups (7600), AJP and the transaction ports of one node stay clear of the next. */
    private static final int OFFSET_STEP = 10;
    private static final int JGROUPS_PORT = 7600;

    private final Path war;
    private final ServerSettings settings;
    private final Path home = Path.of(System.getProperty("wildfly.home"));
    private final Map<String, ServerProcess> nodes = new HashMap<>();

    private WildFlyCluster(Path war, ServerSettings settings, List<Integer> nodePorts, Path dir) {
        super(nodePorts, dir);
        this.war = war;
        this.settings = settings;
    }

    /** Configures the installation once, starts the nodes (side by side) and the balancer; does not wait. */
    static WildFlyCluster launch(Path war, ServerSettings settings, List<Integer> nodePorts, Path dir)
            throws IOException, InterruptedException {
        WildFlyServer.configureOnce(Path.of(System.getProperty("wildfly.home")), CONFIGURATION,
                dir.resolve("configure.log"), "configure.cli", "cluster.cli");
        WildFlyCluster cluster = new WildFlyCluster(war, settings, nodePorts, dir);
        cluster.startAll(settings.getPort());
        return cluster;
    }

    @Override
    public synchronized void startNode(String node) throws IOException {
        int offset = nodeNames().indexOf(node) * OFFSET_STEP;
        int port = port(node);
        int first = port(nodeNames().get(0));
        Path base = dir().resolve("node-" + node);
        Path log = nextLog(node);
        if (!nodes.containsKey(node)) {
            Trees.copyFresh(home.resolve("standalone"), base);
            Files.copy(war, base.resolve("deployments/ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-c", CONFIGURATION,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.node.name=node-" + node,
                "-Djboss.bind.address.private=127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset,
                // The offset is added to every port: HTTP comes out as the node's port, the other listeners as
                // 1200-1202 above the first node's, 10 apart from node to node (adjacent nodes' would collide).
                "-Djboss.http.port=" + (port - offset),
                "-Djboss.https.port=" + (first + 1200),
                "-Djboss.management.http.port=" + (first + 1201),
                "-Djboss.management.https.port=" + (first + 1202)));
        for (String member : nodeNames()) {
            command.add("-Dvine.node." + member + ".port=" + (JGROUPS_PORT + nodeNames().indexOf(member) * OFFSET_STEP));
        }
        Map<String, String> environment = new HashMap<>(settings.environment());
        // Each node its own H2 file (one file cannot be opened by two servers); a real cluster shares PostgreSQL.
        String data = environment.getOrDefault("VINE_DATA_DIR", System.getenv("VINE_DATA_DIR"));
        environment.put("VINE_DATA_DIR", data == null ? dir().resolve("data-" + node).toString() : Path.of(data, "node-" + node).toString());
        if (!settings.getJvmOptions().isBlank()) {
            environment.put("JBOSS_JAVA_SIZING", settings.getJvmOptions());
        }
        nodes.put(node, ServerProcess.start(command, environment, log, port));
    }

    @Override
    void awaitStarted(String node, Duration atMost) throws InterruptedException {
        Path deployments = dir().resolve("node-" + node).resolve("deployments");
        nodes.get(node).awaitReady(atMost, () -> Files.exists(deployments.resolve("ROOT.war.failed")));
    }

    @Override
    public synchronized void kill(String node) throws InterruptedException {
        nodes.get(node).kill();
    }

    @Override
    public synchronized void stop(String node) {
        ServerProcess process = nodes.get(node);
        if (process != null) {
            process.close();
        }
    }

    @Override
    public synchronized boolean isRunning(String node) {
        return nodes.get(node).isAlive();
    }
}
