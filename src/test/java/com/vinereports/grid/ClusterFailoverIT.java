package com.vinereports.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.AppIT;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.Suites;
import com.vinereports.testing.server.PayaraCluster;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes in one data grid behind HAProxy (failsafe execution "cluster"), the strict provider
 * (20-second access tokens, refresh tokens rotating on every use: a refresh with a used one is refused and would end
 * the session). A node is killed as a crash kills it ({@code kill -9}); the user's next request, on the other node,
 * must work without a new sign-in.
 */
@Tag(Suites.CLUSTER)
class ClusterFailoverIT extends AppIT {

    private static final String PROFILE = BASE + "/app/profile.xhtml";
    private static final String ALL_MATTERS = "/api/v1/projects?all=true";
    /** Hartley & Moss with 4,001 matters: the full list is 5 Filevine calls, made long by the simulator's latency. */
    private static final int HARTLEY_MATTERS = 4_001;

    private static StrictProvider provider;
    private static FilevineSimulator api;

    @BeforeAll
    static void start() throws Exception {
        provider = new StrictProvider(Integer.getInteger("it.strict.port"));
        provider.start(StrictProvider.CLIENT_SECRET, Map.of("ACCESS_TOKEN_TTL", "20", "REQUIRE_PKCE", "true"));
        api = FilevineSimulator.start(Integer.getInteger("it.api.port"), Map.of(), SeedData.firm(HARTLEY_MATTERS, 20));
        api.trustIntrospection(provider.introspectionEndpoint(), StrictProvider.CLIENT_ID, StrictProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        if (provider != null) {
            provider.close();
        }
        if (api != null) {
            api.close();
        }
    }

    /** Every test starts with both nodes up: a killed node is started again (it joins the grid anew). */
    @AfterEach
    void bothNodesUp() throws Exception {
        api.latency(Duration.ZERO);
        PayaraCluster cluster = PayaraCluster.current();
        for (String node : cluster.nodeNames()) {
            if (!cluster.isRunning(node)) {
                cluster.startNode(node);
                cluster.awaitNode(node, Duration.ofSeconds(180));
            }
        }
    }

    @Test
    void aNodeKilledRightAfterAPageLosesNothing() throws Exception {
        try (Browser browser = browser()) {
            HtmlPage before = logIn(browser, "ben");
            String node = nodeOf(browser);
            int logins = authorizationRequests(browser);
            PayaraCluster.current().kill(node);

            HtmlPage after = browser.open(PROFILE);
            assertEquals(PROFILE, after.getUrl().toString(), after.asNormalizedText());
            assertNotEquals(node, nodeOf(browser), "served by the other node");
            assertTrue(after.asNormalizedText().contains(SeedData.user("ben").orElseThrow().fullName()), after.asNormalizedText());
            assertEquals(logins, authorizationRequests(browser), "no new sign-in at the provider");
            // The page loaded on the killed node posts back to the other one: its JSF view state came along.
            HtmlPage reloaded = before.getHtmlElementById("reload-membership").click();
            assertEquals(200, reloaded.getWebResponse().getStatusCode(), reloaded.asNormalizedText());
            assertTrue(reloaded.asNormalizedText().contains("Hartley & Moss LLP"), reloaded.asNormalizedText());
            // A script's request of the same session too.
            WebResponse me = browser.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
            assertEquals(200, me.getStatusCode(), me.getContentAsString());
        }
    }

    @Test
    void aNodeKilledRightAfterATokenRefreshHandsOverTheRotatedRefreshToken() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "erin");
            int grants = provider.stat("refreshGrants", "erin");
            SessionCalls.sleepUntil(refreshDue(browser));
            assertEquals(PROFILE, browser.open(PROFILE).getUrl().toString());
            assertEquals(grants + 1, provider.stat("refreshGrants", "erin"), "this page refreshed the tokens");
            String node = nodeOf(browser);
            PayaraCluster.current().kill(node);

            // The other node refreshes next: with the rotated refresh token (the used one would be refused).
            SessionCalls.sleepUntil(refreshDue(browser));
            HtmlPage after = browser.open(PROFILE);
            assertEquals(PROFILE, after.getUrl().toString(), after.asNormalizedText());
            assertNotEquals(node, nodeOf(browser));
            assertEquals(grants + 2, provider.stat("refreshGrants", "erin"), "one more refresh, granted");
            assertEquals(Boolean.TRUE, sessionStatus(browser).get("refreshTokenHeld"));
        }
    }

    @Test
    void aNodeKilledDuringALongReportLosesOnlyThatRequest() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "dev");
            String node = nodeOf(browser);
            api.latency(Duration.ofMillis(1500)); // 5 calls: the report takes about 8 s
            CompletableFuture<HttpResponse<String>> report = CompletableFuture.supplyAsync(() -> get(browser, BASE + ALL_MATTERS));
            Thread.sleep(2_500);
            assertTrue(!report.isDone(), "the report is still running when its node dies");
            PayaraCluster.current().kill(node);
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
            PayaraCluster cluster = PayaraCluster.current();
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
            PayaraCluster cluster = PayaraCluster.current();
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

    // ---- helpers ----------------------------------------------------------------------------------------

    private static int calls(HttpResponse<String> answer) {
        return Integer.parseInt(answer.headers().firstValue("X-Filevine-Calls").orElse("-1"));
    }

    private static Browser browser() {
        return new Browser(() -> api.acceptedTokens());
    }

    private static HtmlPage logIn(Browser browser, String username) throws Exception {
        HtmlPage login = browser.open(PROFILE);
        HtmlForm form = login.getHtmlElementById("login");
        form.getInputByName("login").type(username);
        form.getInputByName("password").type(username + "-sandbox");
        HtmlPage page = login.getHtmlElementById("sign-in").click();
        assertEquals(PROFILE, page.getUrl().toString(), page.asNormalizedText());
        return page;
    }

    /** The node HAProxy keeps this browser's session on. */
    private static String nodeOf(Browser browser) {
        String node = browser.cookie(PayaraCluster.NODE_COOKIE);
        assertNotNull(node, "the balancer's cookie");
        return node;
    }

    private static int authorizationRequests(Browser browser) {
        return (int) browser.requested().stream().filter(url -> url.toString().startsWith(provider.issuer() + "/auth")).count();
    }

    private static Instant refreshDue(Browser browser) throws Exception {
        return Instant.parse((String) sessionStatus(browser).get("accessTokenRefreshDueAt")).plusMillis(300);
    }

    private static Map<String, Object> sessionStatus(Browser browser) throws Exception {
        WebResponse status = browser.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
        assertEquals(200, status.getStatusCode(), status.getContentAsString());
        return JSONObjectUtils.parse(status.getContentAsString());
    }

    /** A JSON GET with all of the browser's cookies (its session and its node), through the balancer. */
    private static HttpResponse<String> get(Browser browser, String url) {
        try {
            return SessionCalls.withCookies(browser, url);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
