package com.vinereports.bench;

import com.vinereports.auth.SignInsInProgress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P6: strangers' requests to protected pages (no cookie, redirects not followed, as a script flooding the app
 * would send them). Each gets the way to the sign-in; what they may not do is make the app keep anything. Then the
 * same at the sign-in start, where each request gets a session: what one costs, and that past the app's limit of
 * sign-ins in progress the heap stops growing. Measured: the app's live heap
 * (after full collections) before and after, sessions handed out (Set-Cookie), requests per second.
 */
final class AnonymousFlood {

    private static final int CLIENTS = 8;
    /** The app's default vine.sign-ins-in-progress-max (the benchmarks leave it). */
    private static final int SIGN_INS_KEPT = Integer.parseInt(SignInsInProgress.MAX_DEFAULT);
    private static final String SIGN_IN = "/app/sign-in?to=/app/project.xhtml%3Fid%3D";

    private final Lab lab;

    AnonymousFlood(Lab lab) {
        this.lab = lab;
    }

    void run() throws Exception {
        boolean tiny = lab.scale().name().equals("tiny");
        flood(tiny ? 2_000 : 100_000, "/app/project.xhtml?id=", "anonymous requests to protected pages", true);
        // A client that follows the first hop gets a session: what each one costs (as many as the app keeps at most,
        // vine.sign-ins-in-progress-max: 1,000 by default), then that many more are bounded.
        flood(tiny ? 200 : SIGN_INS_KEPT, SIGN_IN, "anonymous requests to the sign-in start, up to the app's limit"
                + " of sign-ins in progress (a session each, 5 min idle)", false);
        flood(tiny ? 300 : 19_000, SIGN_IN, "then more of them: the oldest end (at most " + SIGN_INS_KEPT + " kept)", true);
    }

    /** {@code bounded}: the heap may not grow with the requests (under 50 MB whatever their number). */
    private void flood(int requests, String pathPrefix, String what, boolean bounded) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        double before = lab.jvm().liveHeapMb();
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger cookies = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                int n;
                while ((n = left.getAndDecrement()) > 0) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(lab.app().baseUrl()
                            + pathPrefix + n + "&q=" + "x".repeat(n % 4000))).GET().build();
                    HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (answer.headers().firstValue("Set-Cookie").isPresent()) {
                        cookies.incrementAndGet();
                    }
                    if (answer.statusCode() != 302) {
                        unexpected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        double after = lab.jvm().liveHeapMb();
        double growth = after - before;
        Lab.say("P6 %s: %d in %.1f s: live heap %.0f -> %.0f MB, %d sessions, %d not redirected",
                what, requests, seconds, before, after, cookies.get(), unexpected.get());
        boolean costEach = !bounded && cookies.get() > 0;
        lab.table().add("P6", what + ": live heap growth (MB); sessions made",
                String.format(Locale.ROOT, "%,d requests, %d clients, query up to 4 KB", requests, CLIENTS),
                String.format(Locale.ROOT, "%+.1f MB; %d sessions%s; %.0f requests/s", growth, cookies.get(),
                        costEach ? String.format(Locale.ROOT, " (%.0f bytes each)", growth * 1_048_576 / cookies.get()) : "",
                        requests / seconds),
                bounded ? "< 50 MB" : "", bounded ? ResultTable.below(growth, 50, "MB") : "");
    }
}
