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
import com.vinereports.testing.server.Cluster;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failover on two nodes behind HAProxy: the strict provider (20-second access tokens, refresh
 * tokens rotating on every use: a refresh with a used one is refused and would end the session). A node is killed as
 * a crash kills it ({@code kill -9}); the user's next request, on the other node, must work without a new sign-in.
 */
abstract class FailoverScenarios extends AppIT {

    static final String PROFILE = BASE + "/app/profile.xhtml";
    static final String ALL_MATTERS = "/api/v1/projects?all=true";
    /** Hartley & Moss with 4,001 matters: the full list is 5 Filevine calls, made long by the simulator's latency. */
    static final int HARTLEY_MATTERS = 4_001;

    static StrictProvider provider;
    static FilevineSimulator api;

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
        Cluster cluster = Cluster.current();
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
            Cluster.current().kill(node);

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
            Cluster.current().kill(node);

            // The other node refreshes next: with the rotated refresh token (the used one would be refused).
            SessionCalls.sleepUntil(refreshDue(browser));
            HtmlPage after = browser.open(PROFILE);
            assertEquals(PROFILE, after.getUrl().toString(), after.asNormalizedText());
            assertNotEquals(node, nodeOf(browser));
            assertEquals(grants + 2, provider.stat("refreshGrants", "erin"), "one more refresh, granted");
            assertEquals(Boolean.TRUE, sessionStatus(browser).get("refreshTokenHeld"));
        }
    }

    /**
     * A rolling restart: the node is stopped in order, not killed. The sessions it held go on on the other node, and
     * the stop revokes none of their refresh tokens (the session lives on; only its copy on that node went away).
     */
    @Test
    void aNodeStoppedForARestartSignsNobodyOut() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "dev");
            String node = nodeOf(browser);
            int grants = provider.stat("refreshGrants", "dev");
            int revocations = provider.stat("revocations", "dev");
            Cluster.current().stop(node);

            SessionCalls.sleepUntil(refreshDue(browser));
            HtmlPage after = browser.open(PROFILE);
            assertEquals(PROFILE, after.getUrl().toString(), after.asNormalizedText());
            assertNotEquals(node, nodeOf(browser));
            assertEquals(grants + 1, provider.stat("refreshGrants", "dev"), "refreshed on the other node");
            assertEquals(revocations, provider.stat("revocations", "dev"), "nothing revoked by the stop");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static int calls(HttpResponse<String> answer) {
        return Integer.parseInt(answer.headers().firstValue("X-Filevine-Calls").orElse("-1"));
    }

    static Browser browser() {
        return new Browser(() -> api.acceptedTokens());
    }

    static HtmlPage logIn(Browser browser, String username) throws Exception {
        HtmlPage login = browser.open(PROFILE);
        HtmlForm form = login.getHtmlElementById("login");
        form.getInputByName("login").type(username);
        form.getInputByName("password").type(username + "-sandbox");
        HtmlPage page = login.getHtmlElementById("sign-in").click();
        assertEquals(PROFILE, page.getUrl().toString(), page.asNormalizedText());
        return page;
    }

    /** The node HAProxy keeps this browser's session on. */
    static String nodeOf(Browser browser) {
        String node = browser.cookie(Cluster.NODE_COOKIE);
        assertNotNull(node, "the balancer's cookie");
        return node;
    }

    static int authorizationRequests(Browser browser) {
        return (int) browser.requested().stream().filter(url -> url.toString().startsWith(provider.issuer() + "/auth")).count();
    }

    static Instant refreshDue(Browser browser) throws Exception {
        return Instant.parse((String) sessionStatus(browser).get("accessTokenRefreshDueAt")).plusMillis(300);
    }

    static Map<String, Object> sessionStatus(Browser browser) throws Exception {
        WebResponse status = browser.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
        assertEquals(200, status.getStatusCode(), status.getContentAsString());
        return JSONObjectUtils.parse(status.getContentAsString());
    }

    /** A JSON GET with all of the browser's cookies (its session and its node), through the balancer. */
    static HttpResponse<String> get(Browser browser, String url) {
        try {
            return SessionCalls.withCookies(browser, url);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
