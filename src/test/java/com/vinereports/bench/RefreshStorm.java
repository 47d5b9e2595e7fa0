package com.vinereports.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.testing.StrictProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P3: 200 requests at once from 20 sessions whose access tokens (25 s) are due for refresh: refresh grants at
 * the provider and per session, failed requests, and the latency the refresh adds, against the same burst with
 * fresh tokens.
 */
final class RefreshStorm {

    static final List<String> USERS = List.of("ben", "dev", "carla", "erin");

    private final Lab lab;

    RefreshStorm(Lab lab) {
        this.lab = lab;
    }

    /** One burst: its latencies and failures. */
    private record Burst(Latencies latencies, int failures) {
    }

    void run() throws Exception {
        BenchScale scale = lab.scale();
        lab.api().latency(BenchScale.STORM_LATENCY);
        // Short-lived access tokens from here on (the provider keeps its signing key over the restart).
        lab.provider().start(StrictProvider.CLIENT_SECRET, Map.of("ACCESS_TOKEN_TTL", Integer.toString(scale.tokenSeconds())));
        List<AppSession> sessions = lab.signIn(scale.stormSessions(), USERS);
        int requests = scale.stormSessions() * scale.stormRequestsPerSession();
        Spread fresh50 = new Spread();
        Spread freshMax = new Spread();
        Spread storm50 = new Spread();
        Spread stormMax = new Spread();
        Spread added50 = new Spread();
        Spread grants = new Spread();
        int failures = 0;
        int sessionsNotExactlyOne = 0;
        for (int run = 1; run <= scale.runs(); run++) {
            Burst baseline = burst(sessions);
            fresh50.add(baseline.latencies().p50());
            freshMax.add(baseline.latencies().maxMillis());
            failures += baseline.failures();
            List<Map<String, Object>> before = sessionFacts(sessions);
            Instant due = before.stream()
                    .map(facts -> Instant.parse((String) facts.get("accessTokenExpiresAt")))
                    .max(Instant::compareTo).orElseThrow()
                    .minusSeconds(BenchScale.REFRESH_MARGIN_SECONDS).plusMillis(500);
            long wait = due.toEpochMilli() - System.currentTimeMillis();
            Lab.say("P3 run %d: fresh burst p50 %.1f ms; waiting %.1f s until every token is due for refresh", run,
                    baseline.latencies().p50(), wait / 1000.0);
            Thread.sleep(Math.max(0, wait));
            int grantsBefore = lab.provider().stat("refreshGrants");
            Burst storm = burst(sessions);
            int granted = lab.provider().stat("refreshGrants") - grantsBefore;
            List<Map<String, Object>> after = sessionFacts(sessions);
            for (int i = 0; i < sessions.size(); i++) {
                if (refreshes(after.get(i)) - refreshes(before.get(i)) != 1) {
                    sessionsNotExactlyOne++;
                }
            }
            grants.add(granted);
            storm50.add(storm.latencies().p50());
            stormMax.add(storm.latencies().maxMillis());
            added50.add(storm.latencies().p50() - baseline.latencies().p50());
            failures += storm.failures();
            Lab.say("P3 run %d: storm of %d: %d refresh grants, p50 %.1f ms, max %.1f ms, %d failed", run, requests,
                    granted, storm.latencies().p50(), storm.latencies().maxMillis(), storm.failures());
        }
        String setting = String.format(Locale.ROOT, "%d requests from %d sessions, %d s tokens, 50 ms/call",
                requests, scale.stormSessions(), scale.tokenSeconds());
        lab.table().add("P3", "refresh grants at the provider per storm", setting, grants.format(0),
                "exactly " + scale.stormSessions() + " (one per session)",
                grants.min() == scale.stormSessions() && grants.max() == scale.stormSessions() && sessionsNotExactlyOne == 0
                        ? "met" : "missed: " + sessionsNotExactlyOne + " session-runs without exactly one refresh");
        lab.table().add("P3", "failed requests, all bursts", setting, Integer.toString(failures), "0",
                failures == 0 ? "met" : "missed by " + failures);
        lab.table().add("P3", "p50 / max latency, fresh tokens (ms)", setting, fresh50.format(1) + " / " + freshMax.format(1));
        lab.table().add("P3", "p50 / max latency at expiry (ms)", setting, storm50.format(1) + " / " + stormMax.format(1));
        lab.table().add("P3", "latency the refresh adds at p50 (ms)", setting, added50.format(1));
    }

    /** Every session sends its share of the requests, all released at once. */
    private Burst burst(List<AppSession> sessions) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(sessions.size() * lab.scale().stormRequestsPerSession());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        for (AppSession session : sessions) {
            for (int i = 0; i < lab.scale().stormRequestsPerSession(); i++) {
                Thread sender = new Thread(() -> {
                    try {
                        ready.countDown();
                        go.await();
                        long started = System.nanoTime();
                        boolean ok = session.getJson("/api/v1/me").ok("\"orgUserId\"");
                        latencies.add(System.nanoTime() - started);
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception failed) {
                        failures.incrementAndGet();
                    }
                });
                senders.add(sender);
                sender.start();
            }
        }
        ready.await();
        go.countDown();
        for (Thread sender : senders) {
            sender.join();
        }
        return new Burst(latencies, failures.get());
    }

    private static List<Map<String, Object>> sessionFacts(List<AppSession> sessions) throws Exception {
        List<Map<String, Object>> facts = new ArrayList<>();
        for (AppSession session : sessions) {
            facts.add(JSONObjectUtils.parse(session.getJson("/api/v1/session").body()));
        }
        return facts;
    }

    private static int refreshes(Map<String, Object> facts) {
        return ((Number) facts.get("refreshes")).intValue();
    }
}
