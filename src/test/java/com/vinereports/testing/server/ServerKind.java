package com.vinereports.testing.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The application servers the integration tests run the WAR on, by the name arquillian.xml gives them. */
public enum ServerKind {

    PAYARA_MICRO("payara-micro") {
        @Override
        public RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException {
            return PayaraMicroServer.launch(war, settings, log);
        }
    },
    /** Two Payara Micro nodes in one data grid behind HAProxy; the app's port is the balancer's. */
    PAYARA_MICRO_CLUSTER("payara-micro-cluster") {
        @Override
        public RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException {
            PayaraCluster.Ports ports = PayaraCluster.Ports.from(settings.getPort(),
                    Integer.getInteger("it.cluster.node.port", 7167), Integer.getInteger("it.cluster.grid.port", 7177), 2);
            List<String> jvm = Arrays.stream(settings.getJvmOptions().trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.putAll(settings.environment());
            return PayaraCluster.launch(war, ports, "vine-it", environment, jvm, log.getParent().resolve("cluster"));
        }
    },
    WILDFLY("wildfly") {
        @Override
        public RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException {
            return WildFlyServer.launch(war, settings, log);
        }
    },
    /** Two WildFly nodes of one cluster (Infinispan's distributable sessions) behind HAProxy; the app's port is the balancer's. */
    WILDFLY_CLUSTER("wildfly-cluster") {
        @Override
        public RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException {
            int first = Integer.getInteger("it.cluster.node.port", 7167);
            return WildFlyCluster.launch(war, settings, List.of(first, first + 1), log.getParent().resolve("wildfly-cluster"));
        }
    },
    PAYARA_SERVER("payara-server") {
        @Override
        public RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException {
            return PayaraServerDomain.launch(war, settings, log);
        }
    };

    private final String name;

    ServerKind(String name) {
        this.name = name;
    }

    /** Starts the server with {@code war} deployed at "/"; does not wait for it (see {@link RunningServer}). */
    public abstract RunningServer launch(Path war, ServerSettings settings, Path log) throws IOException, InterruptedException;

    public static ServerKind named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name.equals(name)).findFirst().orElse(null);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(kind -> kind.name).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
