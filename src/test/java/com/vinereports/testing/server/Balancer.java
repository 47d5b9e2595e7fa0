package com.vinereports.testing.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HAProxy in front of a cluster's nodes, as README's "Two nodes" describes it: round-robin for new sessions, a
 * session kept on its node by a cookie ({@value #NODE_COOKIE}), each node checked every second, and a request whose
 * node does not take the connection sent to another one. The check asks for a static file of the app
 * ({@value #HEALTH_CHECK}): the landing page would make a session on every check. The configuration is written
 * next to its log.
 */
final class Balancer implements AutoCloseable {

    static final String NODE_COOKIE = "VINE_NODE";
    static final String HEALTH_CHECK = "/resources/css/app.css";

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy on {@code port} in front of {@code nodes} (name to port). */
    static Balancer start(int port, Map<String, Integer> nodes, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, configuration(port, nodes));
        try {
            Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
            return new Balancer(process, port);
        } catch (IOException notInstalled) {
            throw new IllegalStateException("HAProxy could not be started (" + notInstalled.getMessage()
                    + "): two nodes need it (Debian: apt-get install haproxy)", notInstalled);
        }
    }

    private static String configuration(int port, Map<String, Integer> nodes) {
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
                "    bind 127.0.0.1:" + port,
                "    option forwardfor",
                "    default_backend nodes",
                "backend nodes",
                "    balance roundrobin",
                "    cookie " + NODE_COOKIE + " insert indirect nocache httponly",
                "    option httpchk GET " + HEALTH_CHECK,
                "    http-check expect status 200",
                "    default-server inter 1s fall 2 rise 2"));
        nodes.forEach((name, nodePort) -> lines.add("    server " + name + " 127.0.0.1:" + nodePort + " check cookie " + name));
        return String.join("\n", lines) + "\n";
    }

    /**
     * Waits until the balancer sends new sessions to {@code node}: its health check has seen the node up (two checks
     * a second apart), which is after the node itself answers. A new session's first answer names its node in the
     * cookie the balancer sets.
     */
    void awaitServing(String node, Duration atMost) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HEALTH_CHECK))
                .timeout(Duration.ofSeconds(10)).build();
        long giveUpAt = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < giveUpAt) {
            try {
                HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(NODE_COOKIE + "=" + node + ";"))) {
                    return;
                }
            } catch (IOException notYet) {
                // the balancer is starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The balancer did not send sessions to node " + node + " within " + atMost.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
