package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.AdversarialProvider;
import com.vinereports.testing.AdversarialProvider.Scenario;
import com.vinereports.testing.Browser;
import com.vinereports.testing.AppIT;
import com.vinereports.testing.NoStackTrace;
import com.vinereports.testing.Suites;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Sign-in against a provider that serves the faults of the OpenID Foundation's relying-party tests, one scenario
 * after the other: the valid ones sign in (a key rotation after one more key-set download); every other one ends
 * on the "Sign-in refused" page with a 4xx, leaves no session and never reaches Filevine.
 */
@Tag(Suites.ADVERSARIAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInRefusalsAdversarialIT extends AppIT {

    private static final String PROFILE = BASE + "/app/profile.xhtml";
    private static AdversarialProvider provider;
    private static FilevineSimulator api;

    @BeforeAll
    static void start() throws Exception {
        provider = AdversarialProvider.start(Integer.getInteger("it.adversarial.port"));
        api = FilevineSimulator.start(Integer.getInteger("it.api.port"), Map.of(provider.issuer().toString(),
                provider.jwks().toURL()));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    @Order(1)
    void validTokensSignInAndEveryFaultIsRefusedAsARefusal() throws Exception {
        // Valid first (the app learns the provider and its key), the discovery fault last (it is cached).
        List<Scenario> order = new ArrayList<>(Arrays.asList(Scenario.values()));
        order.remove(Scenario.DISCOVERY_ISSUER_DIFFERS);
        order.add(Scenario.DISCOVERY_ISSUER_DIFFERS);
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : order) {
            provider.scenario(scenario);
            int downloads = provider.keySetDownloads();
            int filevineCalls = api.totalCalls();
            try (Browser browser = new Browser(() -> api.acceptedTokens())) {
                HtmlPage page = browser.open(PROFILE);
                int status = page.getWebResponse().getStatusCode();
                String text = page.asNormalizedText();
                NoStackTrace.assertNone(page);
                if (scenario.valid()) {
                    if (!page.getUrl().toString().equals(PROFILE) || status != 200) {
                        wrong.add(scenario + ": not signed in (" + status + " " + page.getUrl() + ")");
                    }
                    if (scenario == Scenario.KEY_ROTATION && provider.keySetDownloads() - downloads != 1) {
                        wrong.add(scenario + ": " + (provider.keySetDownloads() - downloads) + " key-set downloads, not 1");
                    }
                    continue;
                }
                if (status < 400 || status >= 500 || !text.contains("Sign-in refused")) {
                    wrong.add(scenario + ": " + status + " at " + page.getUrl() + ": " + text.lines().limit(3).toList());
                }
                WebResponse session = browser.send("GET", BASE + "/api/v1/session", Map.of("Accept", "application/json"), null);
                if (session.getStatusCode() != 401) {
                    wrong.add(scenario + ": a session is left (" + session.getStatusCode() + ")");
                }
                if (api.totalCalls() != filevineCalls) {
                    wrong.add(scenario + ": Filevine was called");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @Order(2)
    void aRefreshedIdTokenForSomeoneElseEndsTheSession() throws Exception {
        for (Scenario scenario : List.of(Scenario.REFRESH_OTHER_SUB, Scenario.REFRESH_OTHER_ISSUER)) {
            provider.scenario(scenario);
            try (Browser browser = new Browser(() -> api.acceptedTokens())) {
                HtmlPage profile = browser.open(PROFILE);
                assertEquals(PROFILE, profile.getUrl().toString(), scenario + ": " + profile.asNormalizedText());
                int refreshes = provider.refreshes();
                api.acceptedTokens().forEach(api::rejectToken); // Filevine's 401 makes the app refresh
                WebResponse me = browser.send("GET", BASE + "/api/v1/me", Map.of("Accept", "application/json"), null);
                assertEquals(provider.refreshes(), refreshes + 1, scenario + ": one refresh");
                assertEquals(401, me.getStatusCode(), scenario + ": the session ended: " + me.getContentAsString());
                assertTrue(me.getContentAsString().contains("session_ended"), me.getContentAsString());
            }
        }
        provider.scenario(Scenario.VALID);
    }

    /**
     * Last: after a refused unknown key, unknown keys are turned away for a few seconds without a download. The
     * mechanism alone would download the key set for every one of these sign-ins.
     */
    @Test
    @Order(3)
    void aFloodOfUnknownKeysCostsAKeySetDownloadOnlyEveryFewSeconds() throws Exception {
        provider.scenario(Scenario.UNKNOWN_KID); // a new made-up key id on every sign-in
        int downloads = provider.keySetDownloads();
        long started = System.nanoTime();
        int signIns = 12;
        for (int i = 0; i < signIns; i++) {
            try (Browser browser = new Browser(() -> api.acceptedTokens())) {
                HtmlPage page = browser.open(PROFILE);
                assertEquals(403, page.getWebResponse().getStatusCode(), page.asNormalizedText());
                assertTrue(page.asNormalizedText().contains("Sign-in refused"), page.asNormalizedText());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int spent = provider.keySetDownloads() - downloads;
        System.out.printf("%d sign-ins with unknown keys in %.1f s: %d key-set downloads%n", signIns, seconds, spent);
        assertTrue(spent <= 1 + (int) (seconds / SigningKeys.QUIET_AFTER_FAILED_PROBE.toSeconds()),
                spent + " key-set downloads for " + signIns + " sign-ins in " + seconds + " s");
        provider.scenario(Scenario.VALID);
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            assertEquals(PROFILE, browser.open(PROFILE).getUrl().toString(), "a known key still signs in at once");
        }
    }

    /**
     * A session before sign-in lives VINE_SIGN_IN_IDLE_SECONDS idle (6 s in this execution, 5 minutes by default): a
     * user who comes back from the provider later is asked to sign in again, and that works at once.
     */
    @Test
    @Order(4)
    void aSignInThatComesBackAfterTheSignInIdleTimeIsAskedToSignInAgain() throws Exception {
        provider.scenario(Scenario.VALID);
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            String authorize = browser.fetchTowardsLogin(PROFILE).getResponseHeaderValue("Location");
            assertTrue(authorize.startsWith(provider.issuer().toString()), authorize);
            int exchanges = provider.codeExchanges();
            Thread.sleep((Integer.getInteger("it.signInIdleSeconds") + 2) * 1000L); // the user is slow at the login
            assertAskedToSignInAgain(browser.open(authorize), exchanges);
        }
    }

    /**
     * The callback of a sign-in whose session has ended: "The sign-in took too long" (403), no code exchange at the
     * provider ({@code exchanges} as before), and "Sign in again" works at once.
     */
    private static void assertAskedToSignInAgain(HtmlPage page, int exchanges) throws Exception {
        assertEquals(403, page.getWebResponse().getStatusCode(), page.asNormalizedText());
        assertTrue(page.asNormalizedText().contains("The sign-in took too long"), page.asNormalizedText());
        assertEquals(exchanges, provider.codeExchanges(), "the callback of an ended sign-in never reaches the provider");
        HtmlPage again = page.getHtmlElementById("retry").click();
        assertEquals(PROFILE, again.getUrl().toString(), again.asNormalizedText());
    }

    /**
     * At most VINE_SIGN_INS_IN_PROGRESS_MAX sessions wait at the provider's login (5 in this execution, 1,000 by
     * default): past it the oldest ends, so a flood of sign-in starts cannot fill the heap. The user whose sign-in
     * was the oldest is asked to sign in again, and that works; a sign-in started after the flood is not touched.
     */
    @Test
    @Order(5)
    void pastTheLimitOfSignInsInProgressTheOldestIsAskedToSignInAgain() throws Exception {
        provider.scenario(Scenario.VALID);
        int limit = Integer.getInteger("it.signInsInProgressMax");
        try (Browser oldest = new Browser(() -> api.acceptedTokens());
             Browser newest = new Browser(() -> api.acceptedTokens())) {
            String oldestAuthorize = oldest.fetchTowardsLogin(PROFILE).getResponseHeaderValue("Location");
            int exchanges = provider.codeExchanges();
            HttpClient strangers = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            for (int i = 0; i < limit; i++) { // no cookie store: each request starts a sign-in of its own
                HttpResponse<Void> start = strangers.send(HttpRequest.newBuilder(URI.create(BASE + "/app/sign-in")).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(302, start.statusCode());
                assertTrue(start.headers().firstValue("Set-Cookie").isPresent(), "a sign-in start keeps a session");
            }
            String newestAuthorize = newest.fetchTowardsLogin(PROFILE).getResponseHeaderValue("Location");

            assertAskedToSignInAgain(oldest.open(oldestAuthorize), exchanges);
            assertEquals(PROFILE, newest.open(newestAuthorize).getUrl().toString(), "the newest sign-in goes through");
        }
    }
}
