package com.vinereports.sandbox;

import com.vinereports.testing.server.Cluster;
import com.vinereports.testing.server.PayaraCluster;
import com.vinereports.testing.server.Trees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -Pdemo package}: the local Filevine sandbox plus the app on Payara Micro at http://localhost:7059,
 * until Ctrl-C, which stops both. {@code mvn -Pcluster package}: the same app on two Payara Micro nodes in one data
 * grid behind HAProxy, at the same address ({@code cluster} as the first argument).
 */
public final class Demo {

    static final int APP_PORT = 7059;
    static final int PROVIDER_PORT = 7060;
    static final int API_PORT = 7061;
    /** The cluster's nodes (7067, 7068) and their data-grid ports (7077, 7078): loopback only. */
    static final int FIRST_NODE_PORT = 7067;
    static final int FIRST_GRID_PORT = 7077;
    private static final Path LOG = Path.of("target", "demo-payara.log");
    private static final Path DATA_DIR = Path.of("target", "demo-data");

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        boolean cluster = args.length > 0 && "cluster".equals(args[0]);
        Sandbox sandbox = Sandbox.start(PROVIDER_PORT, API_PORT);
        // The demo's own history database, new each start (the seed's dates move with the day), with a year of
        // simulated history so that trends and time in phase have something to show. A cluster's nodes each get
        // a copy (an H2 file is one server's; a real cluster shares PostgreSQL: README).
        Trees.delete(DATA_DIR);
        for (Path dir : cluster ? List.of(DATA_DIR.resolve("node-a"), DATA_DIR.resolve("node-b")) : List.of(DATA_DIR)) {
            DemoHistory.backfill(dir, SeedData.REFERENCE_DATE);
        }
        Map<String, String> environment = new HashMap<>(sandbox.appEnvironment());
        environment.put("VINE_DATA_DIR", DATA_DIR.toAbsolutePath().toString());
        if (cluster) {
            runCluster(sandbox, environment);
        } else {
            runOne(sandbox, environment);
        }
    }

    private static void runOne(Sandbox sandbox, Map<String, String> environment) throws Exception {
        PayaraProcess app = PayaraProcess.launch(APP_PORT, environment, List.of(), LOG);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            sandbox.close();
        }));
        double seconds = app.awaitReady(Duration.ofSeconds(120));
        System.out.printf("%n  Vine Reports is running on the local Filevine sandbox (ready after %.1f s):%n", seconds);
        printLogins();
        System.out.printf("%n  Ctrl-C stops the app and the sandbox. Payara's log: target/demo-payara.log%n%n");
        System.exit(app.waitFor());
    }

    private static void runCluster(Sandbox sandbox, Map<String, String> environment) throws Exception {
        Path dir = Path.of("target", "demo-cluster");
        PayaraCluster cluster = PayaraCluster.launch(Path.of(System.getProperty("vine.war")),
                PayaraCluster.Ports.from(APP_PORT, FIRST_NODE_PORT, FIRST_GRID_PORT, 2), "vine-demo", environment,
                List.of(), dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            sandbox.close();
        }));
        cluster.awaitReady(Duration.ofSeconds(180));
        System.out.printf("%n  Vine Reports is running on two Payara Micro nodes behind HAProxy, on the local Filevine sandbox:%n");
        printLogins();
        System.out.printf("%n  Nodes (one data grid on 127.0.0.1:%d-%d):%n", FIRST_GRID_PORT, FIRST_GRID_PORT + 1);
        for (String node : cluster.nodeNames()) {
            System.out.printf("      node %s  http://localhost:%d/  pid %d  (kill -9 %d: its users go on on the other node)%n",
                    node, cluster.port(node), cluster.pid(node), cluster.pid(node));
        }
        System.out.printf("%n  The balancer's cookie %s says which node holds your session.%n", Cluster.NODE_COOKIE);
        System.out.printf("  Ctrl-C stops everything. Logs: target/demo-cluster/%n%n");
        Thread.currentThread().join();
    }

    private static void printLogins() {
        System.out.printf("%n      http://localhost:%d/%n%n  Demo logins (sandbox provider: username only):%n", APP_PORT);
        SeedData.USERS.forEach(user -> System.out.printf("      %-6s %s, %s%n", user.username(), user.fullName(),
                user.memberships().size() > 1 ? "two orgs: shows the org picker" : "one org"));
    }
}
