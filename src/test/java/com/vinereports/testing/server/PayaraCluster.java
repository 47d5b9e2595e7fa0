package com.vinereports.testing.server;

import com.vinereports.sandbox.PayaraProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Vine Reports on Payara Micro nodes that form one data grid, behind HAProxy ({@link Balancer}), as README's "Two
 * nodes" runs it: members found by a fixed list on this host (no multicast), the grid bound to loopback, backups
 * kept on the other member although both share an address ({@code --nohostaware}).
 *
 * <p>Used by the one-command set-up ({@code mvn -Pcluster package}), the cluster's integration tests and the
 * benchmark P11.
 */
public final class PayaraCluster extends NodesBehindBalancer {

    /** Where each part listens: the balancer's port (the app's public address), each node's, each node's grid port. */
    public record Ports(int balancer, List<Integer> nodes, List<Integer> grid) {
        public static Ports from(int balancer, int firstNode, int firstGrid, int count) {
            return new Ports(balancer, IntStream.range(0, count).mapToObj(i -> firstNode + i).toList(),
                    IntStream.range(0, count).mapToObj(i -> firstGrid + i).toList());
        }
    }

    private final Path war;
    private final Ports ports;
    private final String clusterName;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Map<String, PayaraProcess> nodes = new LinkedHashMap<>();

    private PayaraCluster(Path war, Ports ports, String clusterName, Map<String, String> environment,
            List<String> jvmOptions, Path dir) {
        super(ports.nodes(), dir);
        this.war = war;
        this.ports = ports;
        this.clusterName = clusterName;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts the nodes (side by side) and the balancer; does not wait (see {@link #awaitReady}). */
    public static PayaraCluster launch(Path war, Ports ports, String clusterName, Map<String, String> environment,
            List<String> jvmOptions, Path dir) throws IOException {
        PayaraCluster cluster = new PayaraCluster(war, ports, clusterName, environment, jvmOptions, dir);
        Files.createDirectories(dir);
        cluster.startAll(ports.balancer());
        return cluster;
    }

    @Override
    public synchronized void startNode(String node) throws IOException {
        int i = nodeNames().indexOf(node);
        String members = ports.grid().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<String> clusterOptions = List.of("--clustermode", "tcpip:" + members, "--clustername", clusterName,
                "--interfaces", "127.0.0.1", "--startport", Integer.toString(ports.grid().get(i)), "--nohostaware",
                "--name", "node-" + node, "--postbootcommandfile",
                Path.of(System.getProperty("vine.serverConfig"), "cluster-post-boot.asadmin").toAbsolutePath().toString());
        Path log = nextLog(node);
        // Each node its own H2 file (one file cannot be opened by two servers); a real cluster shares PostgreSQL.
        Map<String, String> settings = new HashMap<>(environment);
        settings.computeIfPresent("VINE_DATA_DIR", (name, value) -> Path.of(value, "node-" + node).toString());
        nodes.put(node, PayaraProcess.launch(war, ports.nodes().get(i), settings, jvmOptions, clusterOptions, log));
    }

    @Override
    public synchronized void kill(String node) throws InterruptedException {
        nodes.get(node).kill();
    }

    public synchronized long pid(String node) {
        return nodes.get(node).pid();
    }

    @Override
    public synchronized void stop(String node) {
        PayaraProcess process = nodes.get(node);
        if (process != null) {
            process.close();
        }
    }

    @Override
    public synchronized boolean isRunning(String node) {
        return nodes.get(node).isAlive();
    }

    @Override
    void awaitStarted(String node, Duration atMost) throws InterruptedException {
        nodes.get(node).awaitReady(atMost);
    }
}
