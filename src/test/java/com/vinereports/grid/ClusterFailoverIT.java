package com.vinereports.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.Suites;
import com.vinereports.testing.server.Cluster;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The failover scenarios on two Payara Micro nodes in one data grid behind HAProxy (failsafe execution "cluster"),
 * and what only the grid gives: one refresh for a session whose two requests reach two nodes at expiry, report
 * results served on the other node without Filevine, a session small enough to replicate on every request.
 */
@Tag(Suites.CLUSTER)
class ClusterFailoverIT extends FailoverScenarios {

    @Test
    void aNodeKilledDuringALongReportLosesOnlyThatRequest() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "dev");
            String node = nodeOf(browser);
            api.latency(Duration.ofMillis(1500)); // 5 calls: the report takes about 8 s
            CompletableFuture<HttpResponse<String>> report = CompletableFuture.supplyAsync(() -> get(browser, BASE + ALL_MATTERS));
            Thread.sleep(2_500);
            assertTrue(!report.isDone(), "the report is still running when its node dies");
            Cluster.current().kill(node);
            HttpResponse<String> lost = report.get(60, TimeUnit.SECONDS);
            assertTrue(lost.statusCode() >= 500, "the request in flight fails: " + lost.statusCode());
            api.latency(Duration.ZERO);

            HttpResponse<String> again = get(browser, BASE + ALL_MATTERS);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(HARTLEY_MATTERS, ((List<?>) JSONObjectUtils.parse(again.body()).get("items")).size());
            assertEquals(PROFILE, browser.open(PROFILE).getUrl().toString());
            assertNotEquals(node, nodeOf(browser));
        }
    }

    /**
     * The balancer's stickiness lost: two requests of one session reach the two nodes at expiry. One refresh grant
     * between them; both answer 200 (the second node takes the first one's tokens from the grid).
     */
    @Test
    void twoNodesAtExpiryMakeOneRefreshForTheSession() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "carla");
            int grants = provider.stat("refreshGrants", "carla");
            SessionCalls.sleepUntil(refreshDue(browser));
            Cluster cluster = Cluster.current();
            List<String> urls = cluster.nodeNames().stream()
                    .map(node -> "http://localhost:" + cluster.port(node) + "/api/v1/session").toList();
            List<HttpResponse<String>> answers = SessionCalls.parallelJson(browser, urls);
            for (HttpResponse<String> answer : answers) {
                assertEquals(200, answer.statusCode(), answer.body());
            }
            assertEquals(grants + 1, provider.stat("refreshGrants", "carla"), "one refresh grant for both nodes");
            assertEquals(PROFILE, browser.open(PROFILE).getUrl().toString(), "and the session goes on");
        }
    }

    /** A report computed on one node is served from the grid on the other: no Filevine call; per user still. */
    @Test
    void aReportComputedOnOneNodeIsServedOnTheOtherWithoutFilevine() throws Exception {
        try (Browser ben = browser(); Browser dev = browser()) {
            logIn(ben, "ben");
            logIn(dev, "dev");
            Cluster cluster = Cluster.current();
            String first = "http://localhost:" + cluster.port("a") + "/api/v1/dashboard";
            String second = "http://localhost:" + cluster.port("b") + "/api/v1/dashboard";
            HttpResponse<String> computed = SessionCalls.parallelJson(ben, List.of(first)).get(0);
            assertEquals(200, computed.statusCode(), computed.body());
            assertTrue(calls(computed) > 0, "computed on node a: " + calls(computed) + " calls");
            HttpResponse<String> served = SessionCalls.parallelJson(ben, List.of(second)).get(0);
            assertEquals(200, served.statusCode(), served.body());
            assertEquals(0, calls(served), "served on node b from the grid");
            assertEquals(JSONObjectUtils.parse(computed.body()).get("open"), JSONObjectUtils.parse(served.body()).get("open"));
            HttpResponse<String> colleague = SessionCalls.parallelJson(dev, List.of(second)).get(0);
            assertTrue(calls(colleague) > 0, "a colleague's dashboard is his own: " + calls(colleague) + " calls");
        }
    }

    /**
     * A signed-in session after the dashboard, a matter's page and the profile: what each request replicates. Report
     * results are on the grid, not in the session, so it stays a few KB however many reports the user opened.
     */
    @Test
    void aSignedInSessionIsSmall() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            int before = ((Number) sessionStatus(browser).get("sessionBytes")).intValue();
            assertEquals(200, get(browser, BASE + "/api/v1/dashboard").statusCode());
            assertEquals(200, get(browser, BASE + ALL_MATTERS).statusCode());
            browser.open(BASE + "/app/dashboard.xhtml");
            browser.open(PROFILE);
            Map<String, Object> status = sessionStatus(browser);
            int after = ((Number) status.get("sessionBytes")).intValue();
            System.out.printf("Session size: %d bytes signed in, %d after the dashboard, all %d matters and two pages;"
                    + " not serializable: %s%n", before, after, HARTLEY_MATTERS, status.get("sessionNotSerializable"));
            assertTrue(after < 32_768, "a signed-in session stays small: " + after + " bytes");
            assertTrue(after - before < 16_384, "reports add no rows to the session: " + (after - before) + " bytes");
        }
    }
}
