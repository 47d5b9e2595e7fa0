package com.vinereports.testing.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every {@link Cluster} of this harness shares whatever the server: nodes on ports of this host, named "a",
 * "b"..., HAProxy in front ({@link Balancer}), a log per start of a node (a restart keeps the crash's log). The
 * server's part: how a node starts, waits, stops and dies.
 */
abstract class NodesBehindBalancer implements Cluster {

    private final List<Integer> nodePorts;
    private final Path dir;
    private final Map<String, Integer> starts = new HashMap<>();
    private Balancer balancer;

    NodesBehindBalancer(List<Integer> nodePorts, Path dir) {
        this.nodePorts = List.copyOf(nodePorts);
        this.dir = dir;
    }

    /** Starts every node (side by side), then the balancer on {@code balancerPort}; does not wait. */
    final void startAll(int balancerPort) throws IOException {
        Clusters.launched(this);
        Map<String, Integer> balanced = new LinkedHashMap<>();
        for (String node : nodeNames()) {
            startNode(node);
            balanced.put(node, port(node));
        }
        balancer = Balancer.start(balancerPort, balanced, dir);
    }

    /** The log of the node's next start. */
    final synchronized Path nextLog(String node) {
        int start = starts.merge(node, 1, Integer::sum);
        return dir.resolve("node-" + node + (start == 1 ? "" : "-start" + start) + ".log");
    }

    final Path dir() {
        return dir;
    }

    /** Waits until the node's own port answers (the balancer is waited for after). */
    abstract void awaitStarted(String node, Duration atMost) throws InterruptedException;

    @Override
    public final List<String> nodeNames() {
        return Cluster.names(nodePorts.size());
    }

    @Override
    public final int port(String node) {
        return nodePorts.get(nodeNames().indexOf(node));
    }

    /** Waits until the node answers and the balancer sends sessions to it. */
    @Override
    public final void awaitNode(String node, Duration atMost) throws InterruptedException {
        awaitStarted(node, atMost);
        balancer.awaitServing(node, Duration.ofSeconds(30));
    }

    @Override
    public final void awaitReady(Duration atMost) throws InterruptedException {
        for (String node : nodeNames()) {
            awaitNode(node, atMost);
        }
    }

    @Override
    public final void restart() throws IOException {
        for (String node : nodeNames()) {
            stop(node);
            startNode(node);
        }
    }

    @Override
    public final synchronized void close() {
        if (balancer != null) {
            balancer.close();
        }
        nodeNames().forEach(this::stop);
        Clusters.closed(this);
    }
}
