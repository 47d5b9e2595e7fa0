package com.vinereports.testing.server;

import com.vinereports.sandbox.PayaraProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Vine Reports on two Payara Micro nodes that form one data grid, behind HAProxy, as README's "Two nodes" runs it:
 * members found by a fixed list on this host (no multicast), the grid bound to loopback, backups kept on the other
 * member although both share an address ({@code --nohostaware}); HAProxy balances round-robin, keeps a session on
 * its node by a cookie ({@value #NODE_COOKIE}), checks each node every second and sends a request whose node does
 * not answer to the other one.
 *
 * <p>Used by the one-command set-up ({@code mvn -Pcluster package}), the cluster's integration tests and the
 * benchmark P6. The last one launched in this JVM is {@link #current()} (the tests kill and restart its nodes).
 */
public final class PayaraCluster implements RunningServer {

    public static final String NODE_COOKIE = "VINE_NODE";

    /** Where each part listens: the balancer's port (the app's public address), each node's, each node's grid port. */
    public record Ports(int balancer, List<Integer> nodes, List<Integer> grid) {
        public static Ports from(int balancer, int firstNode, int firstGrid, int count) {
            return new Ports(balancer, IntStream.range(0, count).mapToObj(i -> firstNode + i).toList(),
                    IntStream.range(0, count).mapToObj(i -> firstGrid + i).toList());
        }
    }

    private static volatile PayaraCluster current;

    private final Path war;
    private final Ports ports;
    private final String clusterName;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path dir;
    private final Map<String, PayaraProcess> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> starts = new HashMap<>();
    private Process balancer;

    private PayaraCluster(Path war, Ports ports, String clusterName, Map<String, String> environment,
            List<String> jvmOptions, Path dir) {
        this.war = war;
        this.ports = ports;
        this.clusterName = clusterName;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.dir = dir;
    }

    /** Starts the nodes (side by side) and the balancer; does not wait (see {@link #awaitReady}). */
    public static PayaraCluster launch(Path war, Ports ports, String clusterName, Map<String, String> environment,
            List<String> jvmOptions, Path dir) throws IOException {
        PayaraCluster cluster = new PayaraCluster(war, ports, clusterName, environment, jvmOptions, dir);
        current = cluster;
        Files.createDirectories(dir);
        for (int i = 0; i < ports.nodes().size(); i++) {
            cluster.startNode(nodeName(i));
        }
        cluster.startBalancer();
        return cluster;
    }

    public static PayaraCluster current() {
        if (current == null) {
            throw new IllegalStateException("No cluster was launched in this JVM");
        }
        return current;
    }

    /** The nodes' names, as HAProxy's cookie names them: "a", "b", ... */
    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    public int port(String node) {
        return ports.nodes().get(index(node));
    }

    /** Starts the node (again): a new Payara Micro that joins the grid; does not wait. */
    public synchronized void startNode(String node) throws IOException {
        int i = index(node);
        String members = ports.grid().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<String> clusterOptions = List.of("--clustermode", "tcpip:" + members, "--clustername", clusterName,
                "--interfaces", "127.0.0.1", "--startport", Integer.toString(ports.grid().get(i)), "--nohostaware",
                "--name", "node-" + node);
        int start = starts.merge(node, 1, Integer::sum);
        Path log = dir.resolve("node-" + node + (start == 1 ? "" : "-start" + start) + ".log"); // a restart keeps the crash's log
        // Each node its own H2 file (one file cannot be opened by two servers); a real cluster shares PostgreSQL.
        Map<String, String> settings = new HashMap<>(environment);
        settings.computeIfPresent("VINE_DATA_DIR", (name, value) -> Path.of(value, "node-" + node).toString());
        nodes.put(node, PayaraProcess.launch(war, ports.nodes().get(i), settings, jvmOptions, clusterOptions, log));
    }

    /** Kills the node as a crash would ({@code kill -9}): nothing is handed over, its in-flight requests fail. */
    public synchronized void kill(String node) throws InterruptedException {
        nodes.get(node).kill();
    }

    public synchronized long pid(String node) {
        return nodes.get(node).pid();
    }

    public synchronized boolean isRunning(String node) {
        return nodes.get(node).isAlive();
    }

    public void awaitNode(String node, Duration atMost) throws InterruptedException {
        nodes.get(node).awaitReady(atMost);
    }

    public Path log(String node) {
        return nodes.get(node).log();
    }

    @Override
    public void awaitReady(Duration atMost) throws InterruptedException {
        for (String node : nodes.keySet()) {
            nodes.get(node).awaitReady(atMost);
        }
    }

    @Override
    public void restart() throws IOException, InterruptedException {
        for (String node : nodeNames()) {
            nodes.get(node).close();
            startNode(node);
        }
    }

    private void startBalancer() throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig());
        balancer = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
    }

    private String haproxyConfig() {
        List<String> lines = new ArrayList<>(List.of(
                "global",
                "    maxconn 4096",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 10m",
                "    timeout server 10m",
                "    # a request whose node does not take the connection goes to another node",
                "    option redispatch",
                "    retries 2",
                "frontend vine",
                "    bind 127.0.0.1:" + ports.balancer(),
                "    option forwardfor",
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    cookie " + NODE_COOKIE + " insert indirect nocache httponly",
                "    option httpchk GET /",
                "    http-check expect status 200",
                "    default-server inter 1s fall 2 rise 2"));
        for (int i = 0; i < ports.nodes().size(); i++) {
            lines.add("    server " + nodeName(i) + " 127.0.0.1:" + ports.nodes().get(i) + " check cookie " + nodeName(i));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String nodeName(int index) {
        return String.valueOf((char) ('a' + index));
    }

    private int index(String node) {
        return node.charAt(0) - 'a';
    }

    @Override
    public synchronized void close() {
        if (balancer != null) {
            balancer.destroy();
        }
        nodes.values().forEach(PayaraProcess::close);
        if (current == this) {
            current = null;
        }
    }
}
