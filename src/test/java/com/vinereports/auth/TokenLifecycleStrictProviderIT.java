package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.Suites;
import java.util.Map;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Token lifecycle against panva oidc-provider: 20 s opaque access tokens, refresh tokens rotating on every use,
 * PKCE required, test hooks that show what the provider saw (grants, code_verifier, revocations).
 */
@Tag(Suites.STRICT_PROVIDER)
class TokenLifecycleStrictProviderIT extends TokenLifecycleScenarios {

    private static StrictProvider provider;
    private static FilevineSimulator api;

    @BeforeAll
    static void start() throws Exception {
        provider = new StrictProvider(Integer.getInteger("it.strict.port"));
        provider.start(StrictProvider.CLIENT_SECRET, Map.of("ACCESS_TOKEN_TTL", "20", "REQUIRE_PKCE", "true"));
        api = FilevineSimulator.start(Integer.getInteger("it.api.port"), Map.of());
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

    @SideBySide
    @ResourceLock(ERIN)
    void aRefreshAnswerWithoutIdTokenKeepsTheSessionWorking() throws Exception {
        provider.hook("omit-refresh-id-token?on=true&user=" + ERIN);
        try (Browser browser = browser()) {
            logIn(browser, ERIN);
            int before = refreshGrants(ERIN);
            for (int round = 1; round <= 2; round++) {
                SessionCalls.sleepUntil(refreshDue(browser));
                HtmlPage page = browser.open(PROFILE);
                assertEquals(PROFILE, page.getUrl().toString(), "round " + round);
                assertEquals("RS512", page.getHtmlElementById("id-token-alg").asNormalizedText(),
                        "the login's ID token is kept");
            }
            assertEquals(2, refreshGrants(ERIN) - before);
            // ...and logout still has an id_token_hint to send.
            browser.open(PROFILE).getHtmlElementById("logout-button").click();
            assertTrue(browser.idTokenHints().size() == 1, "id_token_hint sent at logout");
        } finally {
            provider.hook("omit-refresh-id-token?on=false&user=" + ERIN);
        }
    }

    @Override
    FilevineSimulator api() {
        return api;
    }

    @Override
    HtmlPage signIn(HtmlPage login, String username) throws Exception {
        if (!login.getUrl().toString().startsWith(provider.issuer() + "/interaction/")) {
            return login; // the provider still knew the user: no form
        }
        HtmlForm form = login.getHtmlElementById("login");
        form.getInputByName("login").type(username);
        form.getInputByName("password").type(username + "-sandbox");
        return login.getHtmlElementById("sign-in").click();
    }

    @Override
    String authorizationEndpoint() {
        return provider.issuer() + "/auth";
    }

    @Override
    int refreshGrants(String username) throws Exception {
        return provider.stat("refreshGrants", username);
    }

    @Override
    int sessionIdleSeconds() {
        return 30;
    }

    /** Carla's only scenario: no other session of hers can idle out (and be revoked) while it waits. */
    @SideBySide
    @ResourceLock(CARLA)
    void aSessionTheContainerExpiresHasItsRefreshTokenRevoked() throws Exception {
        int before = provider.stat("revocations", CARLA);
        try (Browser browser = browser()) {
            logIn(browser, CARLA);
        } // the tab is closed: no request comes again, the container expires the session on its own
        long deadline = System.currentTimeMillis() + (sessionIdleSeconds() + 100) * 1000L;
        while (provider.stat("revocations", CARLA) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(1, provider.stat("revocations", CARLA) - before, "revoked once, by the container's expiry alone");
        Map<String, Object> attempt = provider.hook("try-last-refresh-token?user=" + CARLA);
        assertEquals("invalid_grant", attempt.get("error"));
    }

    @Override
    void revokeRefreshTokens(String username) throws Exception {
        provider.hook("revoke-refresh-tokens?user=" + username);
    }

    @Override
    AfterLogoutCheck refreshTokenCheck(String username) throws Exception {
        int revocationsBefore = provider.stat("revocations", username);
        return () -> {
            // The session may be ending in another thread right now (the container's reaper, or the page's own status
            // check, whose request ended it while the test's request already found it gone): its revocation is on
            // its way, so it gets a few seconds. At least this one: the user's sessions of earlier tests that idle
            // out meanwhile are revoked as well.
            long deadline = System.currentTimeMillis() + 10_000;
            while (provider.stat("revocations", username) == revocationsBefore && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(provider.stat("revocations", username) - revocationsBefore >= 1, "the app revoked its refresh token");
            Map<String, Object> attempt = provider.hook("try-last-refresh-token?user=" + username);
            assertEquals(400, ((Number) attempt.get("status")).intValue(), attempt.toString());
            assertEquals("invalid_grant", attempt.get("error"));
        };
    }

    @Override
    void assertCodeExchangesCarriedVerifier(String username) throws Exception {
        int grants = provider.stat("codeGrants", username);
        assertTrue(grants > 0);
        assertEquals(grants, provider.stat("codeGrantsWithVerifier", username), "every code exchange carried code_verifier");
    }
}
