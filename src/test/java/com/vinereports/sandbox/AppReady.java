package com.vinereports.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** When a started server's app is ready: its landing page answers, whatever server runs it. */
public final class AppReady {

    private AppReady() {
    }

    /**
     * Waits until the app's landing page answers on {@code port}: a 200 that is the app's own page (the WAR deployed,
     * Faces and the OpenID settings initialised; a server's welcome page also answers 200 at "/" until the WAR is
     * there). Fails fast, naming {@code log}, as soon as {@code failed} says the start failed.
     */
    public static void await(int port, Duration atMost, BooleanSupplier failed, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest landing = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (failed.getAsBoolean()) {
                throw new IllegalStateException("The app did not start; see " + log);
            }
            try {
                HttpResponse<String> page = client.send(landing, HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("Vine Reports")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100); // the start-up benchmark (P5) reads its times from here
        }
        throw new IllegalStateException("The app did not answer within " + atMost.toSeconds() + " s; see " + log);
    }
}
