package com.vinereports.testing.server;

/** Which {@link Cluster} this JVM launched last: the failover tests act on it. */
final class Clusters {

    private static volatile Cluster current;

    private Clusters() {
    }

    static void launched(Cluster cluster) {
        current = cluster;
    }

    static void closed(Cluster cluster) {
        if (current == cluster) {
            current = null;
        }
    }

    static Cluster current() {
        if (current == null) {
            throw new IllegalStateException("No cluster was launched in this JVM");
        }
        return current;
    }
}
