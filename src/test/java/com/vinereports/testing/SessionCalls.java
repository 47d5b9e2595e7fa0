package com.vinereports.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many requests of one browser's session at once, the way a page with many widgets or a script makes them. */
public final class SessionCalls {

    private SessionCalls() {
    }

    /** {@code count} GETs of {@code url} with the browser's session cookie, released together; their answers. */
    public static List<HttpResponse<String>> parallelJson(Browser browser, String url, int count) throws Exception {
        return parallelJson(browser, Collections.nCopies(count, url));
    }

    /**
     * A GET of each of {@code urls} with the browser's cookies (its session's, which on a cluster include the
     * session's version), released together; their answers in order.
     */
    public static List<HttpResponse<String>> parallelJson(Browser browser, List<String> urls) throws Exception {
        String session = cookies(browser);
        int count = urls.size();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(count)).build();
        ExecutorService starters = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String url : urls) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", session)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(180)) // reports may wait for the call budget
                    .build();
            answers.add(starters.submit(() -> {
                go.await();
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        go.countDown();
        List<HttpResponse<String>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = answers.get(i).get();
            browser.record(urls.get(i), response.body());
            results.add(response);
        }
        starters.shutdown();
        return results;
    }

    /** A JSON GET of {@code url} with every cookie the browser holds (its session, and the balancer's node). */
    public static HttpResponse<String> withCookies(Browser browser, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies(browser))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(180)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        browser.record(url, response.body());
        return response;
    }

    private static String cookies(Browser browser) {
        return browser.client().getCookieManager().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(java.util.stream.Collectors.joining("; "));
    }

    /** Sleeps until {@code instant}; returns at once if it has passed. */
    public static void sleepUntil(java.time.Instant instant) throws InterruptedException {
        long millis = Duration.between(java.time.Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
