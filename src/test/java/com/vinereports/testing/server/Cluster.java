package com.vinereports.testing.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The app on several nodes behind a balancer ({@link Balancer}): what a failover test does to it. The last one
 * launched in this JVM is {@link #current()}.
 */
public interface Cluster extends RunningServer {

    /** The cookie by which the balancer keeps a session on its node; its value names the node. */
    String NODE_COOKIE = Balancer.NODE_COOKIE;

    /** The nodes' names, as the balancer's cookie names them: "a", "b", ... */
    List<String> nodeNames();

    /** The node's own HTTP port (past the balancer). */
    int port(String node);

    /** Kills the node as a crash would ({@code kill -9}): nothing is handed over, its in-flight requests fail. */
    void kill(String node) throws InterruptedException;

    /** Stops the node as a rolling restart does (SIGTERM: the server shuts down in order). */
    void stop(String node);

    /** Starts the node again: it joins the others; does not wait. */
    void startNode(String node) throws IOException;

    boolean isRunning(String node);

    void awaitNode(String node, Duration atMost) throws InterruptedException;

    static Cluster current() {
        return Clusters.current();
    }

    /** The nodes' names for {@code count} nodes. */
    static List<String> names(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> String.valueOf((char) ('a' + i))).toList();
    }
}
