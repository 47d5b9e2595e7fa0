package com.vinereports.testing.server;

import java.time.Duration;

/** An application server this test run started, with the WAR deployed at "/". */
interface RunningServer extends AutoCloseable {

    /** Waits until the landing page answers; fails fast, naming the server's log, when the start failed. */
    void awaitReady(Duration atMost) throws InterruptedException;

    /** Stops the server and everything it started. */
    @Override
    void close();
}
