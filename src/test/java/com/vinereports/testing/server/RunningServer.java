package com.vinereports.testing.server;

import java.time.Duration;

/** An application server this test run started, with the WAR deployed at "/". */
public interface RunningServer extends AutoCloseable {

    /** Stops the server and starts it again with its WAR already deployed (not waiting: see {@link #awaitReady}). */
    void restart() throws java.io.IOException, InterruptedException;

    /** Waits until the landing page answers; fails fast, naming the server's log, when the start failed. */
    void awaitReady(Duration atMost) throws InterruptedException;

    /** Stops the server and everything it started. */
    @Override
    void close();
}
