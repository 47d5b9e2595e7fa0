package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.Browser;
import com.vinereports.testing.KeycloakServer;
import com.vinereports.testing.Suites;
import java.net.URL;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Token lifecycle against Keycloak 26 (started once per run, here): 20 s JWT access tokens, offline_access
 * refresh tokens that rotate and would outlive a logout unless revoked, PKCE required for the client, and
 * the app session's idle time-out set to 25 s (VINE_SESSION_IDLE_SECONDS in the failsafe execution).
 */
@Tag(Suites.KEYCLOAK)
class TokenLifecycleKeycloakIT extends TokenLifecycleScenarios {

    private static KeycloakServer keycloak;
    private static FilevineSimulator api;

    @BeforeAll
    static void start() throws Exception {
        keycloak = KeycloakServer.started(Integer.getInteger("it.keycloak.port"));
        api = FilevineSimulator.start(Integer.getInteger("it.api.port"), Map.of(keycloak.issuer(), new URL(keycloak.jwks())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (api != null) {
            api.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @SideBySide
    @ResourceLock(CARLA)
    void aPageLeftOpenPastTheSessionTimeoutSaysSoAndTheStatusCheckDoesNotKeepItAlive() throws Exception {
        try (Browser browser = browser()) {
            HtmlPage page = logIn(browser, CARLA);
            assertTrue(page.getHtmlElementById("session-ended").hasAttribute("hidden"), "no banner while it lasts");
            Thread.sleep(10_000);
            refreshDue(browser); // a status check in between: must not count as activity
            Thread.sleep(17_000);
            browser.client().waitForBackgroundJavaScript(5_000); // session.js checks at idle + 2 s
            assertTrue(!page.getHtmlElementById("session-ended").hasAttribute("hidden"),
                    "the open page says the session ended");
            assertEquals("Session ended", page.getHtmlElementById("session-indicator").asNormalizedText());
            WebResponse next = browser.fetchTowardsLogin(PROFILE);
            assertEquals(302, next.getStatusCode());
            assertTrue(next.getResponseHeaderValue("Location").startsWith(authorizationEndpoint()));
        }
    }

    @Override
    FilevineSimulator api() {
        return api;
    }

    @Override
    HtmlPage signIn(HtmlPage login, String username) throws Exception {
        if (!login.getUrl().toString().startsWith(keycloak.issuer())) {
            return login; // Keycloak still knew the user: no form
        }
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(username + "-keycloak");
        return login.getHtmlElementById("kc-login").click();
    }

    @Override
    String authorizationEndpoint() {
        return keycloak.authorizationEndpoint();
    }

    @Override
    int refreshGrants(String username) throws Exception {
        return keycloak.events("REFRESH_TOKEN", username);
    }

    @Override
    int sessionIdleSeconds() {
        return 25;
    }

    @Override
    void revokeRefreshTokens(String username) throws Exception {
        keycloak.revokeTokensOf(username);
    }

    @Override
    AfterLogoutCheck refreshTokenCheck(String username) throws Exception {
        int before = keycloak.offlineSessions(username);
        assertTrue(before > 0, "offline_access: a refresh token that would outlive the logout");
        // At least this login's: sessions of earlier tests that idle out meanwhile are revoked as well.
        return () -> assertTrue(keycloak.offlineSessions(username) <= before - 1, "this login's offline session is gone");
    }

    @Override
    void assertCodeExchangesCarriedVerifier(String username) throws Exception {
        // The client requires S256: Keycloak refuses a code exchange without a matching verifier.
        assertTrue(keycloak.events("CODE_TO_TOKEN", username) > 0, "Keycloak accepted the code exchange");
        assertEquals(0, keycloak.events("CODE_TO_TOKEN_ERROR", username), "no code exchange was refused");
    }
}
