package com.vinereports.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL (zonky's binaries from Maven Central) for an execution whose app keeps its history there
 * ({@code it.postgres.port}): started as the test JVM opens its JUnit session, stopped with the JVM.
 */
final class HistoryPostgres {

    private static EmbeddedPostgres server;

    private HistoryPostgres() {
    }

    static synchronized void start(int port) {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setPort(port).start();
        } catch (IOException failure) {
            throw new UncheckedIOException("PostgreSQL for the history did not start on port " + port, failure);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
        }));
    }
}
