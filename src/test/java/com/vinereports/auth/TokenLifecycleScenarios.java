package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.Browser;
import com.vinereports.testing.AppIT;
import com.vinereports.testing.NoStackTrace;
import com.vinereports.testing.SessionCalls;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What the token holder promises, run against each real provider (a subclass per provider, each with its own
 * failsafe execution that points the app at it, with 20 s access tokens and the default 60 s refresh margin,
 * which a token that short halves to 10 s: refreshed half-way through its life, not on every request; and sessions
 * that end 54 s after sign-in however active, so that no other scenario may keep one longer).
 * Every scenario logs in through the provider's own login page with a real browser (HtmlUnit).
 *
 * <p>Most scenarios wait for real expiries: they run side by side, each user's one at a time ({@code ResourceLock}
 * on the user), and every count they check (grants, revocations, Filevine calls) is that user's alone.
 */
abstract class TokenLifecycleScenarios extends AppIT {

    static final String PROFILE = BASE + "/app/profile.xhtml";
    /** Single-org users of the seed (Alice would meet the org picker); each a lock for the scenarios it runs. */
    static final String BEN = "ben";
    static final String CARLA = "carla";
    static final String DEV = "dev";
    static final String ERIN = "erin";
    /** Erin's Filevine user id: the simulator tells her calls apart by it. */
    static final int ERIN_ID = com.vinereports.sandbox.SeedData.user(ERIN).orElseThrow().userId();

    abstract FilevineSimulator api();

    /** The provider's login form, filled and sent; returns the page the browser ends on (as is when no form). */
    abstract HtmlPage signIn(HtmlPage providerLogin, String username) throws Exception;

    abstract String authorizationEndpoint();

    /** Refresh-token grants the provider granted for the user so far. */
    abstract int refreshGrants(String username) throws Exception;

    /** An administrator revokes the user's refresh tokens at the provider. */
    abstract void revokeRefreshTokens(String username) throws Exception;

    /** Called just before logout, then after: proves the refresh token the app held is dead at the provider. */
    abstract AfterLogoutCheck refreshTokenCheck(String username) throws Exception;

    interface AfterLogoutCheck {
        void assertDead() throws Exception;
    }

    /** VINE_SESSION_IDLE_SECONDS in this provider's failsafe execution. */
    abstract int sessionIdleSeconds();

    /** The provider requires PKCE; proves the user's code exchanges carried a code_verifier. */
    abstract void assertCodeExchangesCarriedVerifier(String username) throws Exception;

    // ---- scenarios --------------------------------------------------------------------------------------

    @SideBySide
    @ResourceLock(BEN)
    void pkceRequiredByTheProviderAndTheLoginWorks() throws Exception {
        try (Browser browser = browser()) {
            HtmlPage profile = logIn(browser, BEN);
            URL authorization = browser.requested().stream()
                    .filter(url -> url.toString().startsWith(authorizationEndpoint())).findFirst().orElseThrow();
            assertTrue(authorization.getQuery().contains("code_challenge_method=S256"), authorization.toString());
            assertTrue(authorization.getQuery().contains("code_challenge="), authorization.toString());
            assertEquals("ben.hartley@hartleymoss.example", profile.getHtmlElementById("email").asNormalizedText());
            assertCodeExchangesCarriedVerifier(BEN);
        }
    }

    @SideBySide
    @ResourceLock(DEV)
    void aUserKeepsWorkingAcrossThreeRefreshesWithoutSeeingTheLoginAgain() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, DEV);
            int loginRequests = authorizationRequests(browser);
            int before = refreshGrants(DEV);
            for (int round = 1; round <= 3; round++) {
                SessionCalls.sleepUntil(refreshDue(browser));
                HtmlPage page = browser.open(PROFILE);
                assertEquals(PROFILE, page.getUrl().toString(), "round " + round);
                assertFalse(page.getHtmlElementById("access-level").asNormalizedText().isBlank(),
                        "round " + round + ": Filevine answered with the renewed token");
            }
            assertEquals(3, refreshGrants(DEV) - before, "one refresh per expiry");
            assertEquals(loginRequests, authorizationRequests(browser), "the provider's login was not needed again");
        }
    }

    @SideBySide
    @ResourceLock(ERIN)
    void fiftyParallelRequestsAtExpiryCostOneRefreshAndAllSucceed() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, ERIN);
            int before = refreshGrants(ERIN);
            SessionCalls.sleepUntil(refreshDue(browser));
            List<HttpResponse<String>> answers = SessionCalls.parallelJson(browser, BASE + "/api/v1/me", 50);
            long ok = answers.stream().filter(answer -> answer.statusCode() == 200 && answer.body().contains("\"orgUserId\""))
                    .count();
            assertEquals(50, ok, "successes; statuses: " + answers.stream().map(HttpResponse::statusCode).toList());
            assertEquals(1, refreshGrants(ERIN) - before, "refresh grants seen by the provider");
        }
    }

    @SideBySide
    @ResourceLock(ERIN)
    void oneFilevine401MeansOneRefreshOneRetryAndSuccess() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, ERIN);
            HtmlPage profile = browser.open(PROFILE);
            int grantsBefore = refreshGrants(ERIN);
            int callsBefore = api().calls("GET /Users/Me", ERIN_ID);
            api().failNext("GET /Users/Me", 401, ERIN_ID);
            // The page keeps the membership for the session; "Reload from Filevine" asks again.
            profile.getHtmlElementById("reload-membership").click();
            browser.client().waitForBackgroundJavaScript(10_000);
            HtmlPage page = (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
            assertEquals(PROFILE, page.getUrl().toString());
            assertFalse(page.getHtmlElementById("access-level").asNormalizedText().isBlank(), page.asNormalizedText());
            assertTrue(page.querySelectorAll("#membership-error").isEmpty(), page.asNormalizedText());
            assertEquals(1, refreshGrants(ERIN) - grantsBefore, "one refresh");
            assertEquals(2, api().calls("GET /Users/Me", ERIN_ID) - callsBefore, "the call and one retry");
        }
    }

    @SideBySide
    @ResourceLock(ERIN)
    void aRevokedRefreshTokenEndsTheSessionCleanlyForPagesAjaxAndJson() throws Exception {
        try (Browser page = browser(); Browser ajax = browser(); Browser json = browser()) {
            logIn(page, ERIN);
            HtmlPage ajaxPage = logIn(ajax, ERIN);
            logIn(json, ERIN);
            revokeRefreshTokens(ERIN);
            Instant due = List.of(refreshDue(page), refreshDue(ajax), refreshDue(json)).stream()
                    .max(Instant::compareTo).orElseThrow();
            SessionCalls.sleepUntil(due);

            // JSON: a 401 the script can act on, never a redirect to the provider.
            WebResponse api = json.send("GET", BASE + "/api/v1/me", Map.of("Accept", "application/json"), null);
            assertEquals(401, api.getStatusCode(), api.getContentAsString());
            assertTrue(api.getResponseHeaderValue("WWW-Authenticate").startsWith("Session realm="));
            assertEquals("session_ended", JSONObjectUtils.parse(api.getContentAsString()).get("error"));
            WebResponse status = json.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
            assertEquals(401, status.getStatusCode(), "the app session ended with it");

            // JSF AJAX: a partial-response redirect to the page, which the Faces script follows into the login.
            int before = authorizationRequests(ajax);
            ajaxPage.getHtmlElementById("reload-membership").click();
            ajax.client().waitForBackgroundJavaScript(10_000);
            assertTrue(ajax.pages().stream().anyMatch(body -> body.contains("<partial-response><redirect url=\"/app/profile.xhtml\"")),
                    "partial-response redirect");
            assertTrue(authorizationRequests(ajax) > before, "the browser went to the provider's login");

            // Full page: back to the same page, which asks the provider for a login and returns there.
            WebResponse full = page.send("GET", PROFILE, Map.of(), null);
            assertEquals(303, full.getStatusCode());
            assertEquals("/app/profile.xhtml", full.getResponseHeaderValue("Location"));
            WebResponse login = page.fetchTowardsLogin(PROFILE);
            assertEquals(302, login.getStatusCode());
            assertTrue(login.getResponseHeaderValue("Location").startsWith(authorizationEndpoint()),
                    login.getResponseHeaderValue("Location"));
            page.pages().forEach(NoStackTrace::assertNone);
        }
    }

    @SideBySide
    @ResourceLock(ERIN)
    void logoutRevokesTheRefreshTokenAtTheProvider() throws Exception {
        try (Browser browser = browser()) {
            HtmlPage profile = logIn(browser, ERIN);
            AfterLogoutCheck check = refreshTokenCheck(ERIN);
            profile.getHtmlElementById("logout-button").click();
            check.assertDead();
        }
    }

    @SideBySide
    @ResourceLock(DEV)
    void aSessionThatIdlesOutHasItsRefreshTokenRevoked() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, DEV);
            AfterLogoutCheck check = refreshTokenCheck(DEV);
            Thread.sleep((sessionIdleSeconds() + 2) * 1000L); // idle: the page's status checks are not activity
            WebResponse next = browser.fetchWithoutRedirect(PROFILE);
            assertTrue(next.getStatusCode() == 302 || next.getStatusCode() == 303, "a new login: " + next.getStatusCode());
            check.assertDead();
        }
    }

    /**
     * However active, a session ends at its absolute lifetime (VINE_SESSION_MAX_HOURS of the execution: under a
     * minute), and its refresh token is revoked then: the user keeps clicking under the idle time-out all along.
     */
    @SideBySide
    @ResourceLock(BEN)
    void aSessionPastItsAbsoluteLifetimeEndsAndHasItsRefreshTokenRevoked() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, BEN);
            AfterLogoutCheck check = refreshTokenCheck(BEN);
            Instant end = Instant.parse((String) sessionStatus(browser).get("sessionLifetimeEndsAt"));
            assertTrue(end.isBefore(Instant.now().plusSeconds(120)), "the execution sets a short lifetime: " + end);
            while (Instant.now().isBefore(end.minusSeconds(2))) {
                assertEquals(PROFILE, browser.open(PROFILE).getUrl().toString(), "still signed in before " + end);
                SessionCalls.sleepUntil(min(Instant.now().plusSeconds(sessionIdleSeconds() / 3), end.minusSeconds(2)));
            }
            SessionCalls.sleepUntil(end.plusSeconds(1));
            WebResponse next = browser.fetchWithoutRedirect(PROFILE);
            assertTrue(next.getStatusCode() == 302 || next.getStatusCode() == 303, "a new login: " + next.getStatusCode());
            // The page's own session check (session.js) may have been the request that ended the session a moment
            // earlier: its revocation can still be on its way to the provider when this request is answered.
            Thread.sleep(3_000);
            check.assertDead();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @SideBySide
    @ResourceLock(BEN)
    void twoTabsStartingALoginTogetherBothEndOnAPage() throws Exception {
        try (Browser browser = browser()) {
            WebResponse first = browser.fetchTowardsLogin(PROFILE);
            WebResponse second = browser.fetchTowardsLogin(BASE + "/app/orgs.xhtml");
            String firstLogin = first.getResponseHeaderValue("Location");
            assertTrue(firstLogin.startsWith(authorizationEndpoint()), firstLogin);
            assertEquals(firstLogin, second.getResponseHeaderValue("Location"),
                    "the second tab joins the login in progress instead of replacing its state");

            HtmlPage firstTab = signIn(browser.open(firstLogin), BEN);
            // The provider may still know the user (single sign-on) or ask again: either way the callback comes
            // back with a state the first tab's login already used.
            HtmlPage secondTab = signIn(browser.openInNewTab(firstLogin), BEN);
            for (HtmlPage tab : List.of(firstTab, secondTab)) {
                assertEquals(200, tab.getWebResponse().getStatusCode(), tab.getUrl().toString());
                assertTrue(tab.getUrl().toString().startsWith(BASE + "/app/"), tab.getUrl() + "\n" + tab.asNormalizedText());
                assertEquals("Ben Hartley", tab.getHtmlElementById("current-user").asNormalizedText(), tab.getUrl().toString());
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    Browser browser() {
        return new Browser(() -> api().acceptedTokens());
    }

    HtmlPage logIn(Browser browser, String username) throws Exception {
        HtmlPage page = signIn(browser.open(PROFILE), username);
        assertEquals(PROFILE, page.getUrl().toString(), page.asNormalizedText());
        return page;
    }

    /** When the access token is due for refresh, read from the session-status API (which shows no token). */
    static Instant refreshDue(Browser browser) throws Exception {
        Map<String, Object> json = sessionStatus(browser);
        assertEquals(Boolean.TRUE, json.get("refreshTokenHeld"));
        return Instant.parse((String) json.get("accessTokenRefreshDueAt")).plusMillis(300);
    }

    static Map<String, Object> sessionStatus(Browser browser) throws Exception {
        WebResponse status = browser.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
        assertEquals(200, status.getStatusCode(), status.getContentAsString());
        return JSONObjectUtils.parse(status.getContentAsString());
    }

    int authorizationRequests(Browser browser) {
        return (int) browser.requested().stream().filter(url -> url.toString().startsWith(authorizationEndpoint())).count();
    }
}
