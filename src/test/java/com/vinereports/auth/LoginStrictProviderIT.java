package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.testing.Browser;
import com.vinereports.testing.AppIT;
import com.vinereports.testing.NoStackTrace;
import com.vinereports.testing.StrictProvider;
import com.vinereports.testing.Suites;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The login path against a strict, certified provider (panva oidc-provider) that signs with RS512 only,
 * checks the client secret, the redirect URI and the password. The app reaches it through the same
 * environment variables an operator would set (see the failsafe execution "strict-provider" in pom.xml).
 */
@Tag(Suites.STRICT_PROVIDER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginStrictProviderIT extends AppIT {

    private static StrictProvider provider;
    private static FilevineSimulator api;

    @BeforeAll
    static void startApiButNotYetTheProvider() throws Exception {
        provider = new StrictProvider(Integer.getInteger("it.strict.port"));
        api = FilevineSimulator.start(Integer.getInteger("it.api.port"), Map.of());
        api.trustIntrospection(provider.introspectionEndpoint(), StrictProvider.CLIENT_ID, StrictProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (provider != null) {
            provider.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void providerDownGivesAFriendly503AndTheLandingPageStillWorks() throws Exception {
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            HtmlPage page = browser.open(BASE + "/app/profile.xhtml");
            assertEquals(503, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Filevine's login service could not be reached"), page.asNormalizedText());
            NoStackTrace.assertNone(page);
            HtmlPage landing = browser.open(BASE + "/");
            assertEquals(200, landing.getWebResponse().getStatusCode());
            assertTrue(landing.asNormalizedText().contains("Log in with Filevine"));
        }
    }

    @Test
    @Order(2)
    void rs512LoginProfileAndLogoutAgainstTheStrictProvider() throws Exception {
        provider.start(StrictProvider.CLIENT_SECRET);
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            HtmlPage login = browser.open(BASE + "/").getAnchorByText("Log in with Filevine").click();
            assertTrue(login.getUrl().toString().startsWith(provider.issuer() + "/interaction/"), login.getUrl().toString());

            HtmlPage refused = signIn(login, "carla", "not-her-password");
            assertTrue(refused.asNormalizedText().contains("Invalid username or password"), "the provider checks passwords");

            HtmlPage profile = signIn(refused, "carla", "carla-sandbox");
            assertEquals(BASE + "/app/profile.xhtml", profile.getUrl().toString(), profile.asNormalizedText());
            assertEquals("Rivera Injury Group (7002)", profile.getHtmlElementById("org").asNormalizedText());
            assertEquals("admin", profile.getHtmlElementById("access-level").asNormalizedText());
            assertEquals("RS512", profile.getHtmlElementById("id-token-alg").asNormalizedText(),
                    "the provider only signs RS512: the app accepted it");

            HtmlPage afterLogout = profile.getHtmlElementById("logout-button").click();
            assertEquals(BASE + "/?signedOut=true", afterLogout.getUrl().toString());
            Map<String, String> endSession = LoginSandboxIT.endSessionRequest(browser, provider.issuer() + "/session/end");
            SignedJWT hint = SignedJWT.parse(endSession.get("id_token_hint"));
            assertEquals(JWSAlgorithm.RS512, hint.getHeader().getAlgorithm());
            assertEquals("carla", hint.getJWTClaimsSet().getSubject());
            assertEquals(BASE + "/signout-callback-oidc", endSession.get("post_logout_redirect_uri"));

            HtmlPage again = browser.open(BASE + "/app/profile.xhtml");
            assertTrue(again.getUrl().toString().startsWith(provider.issuer() + "/interaction/"),
                    "the provider's session ended too, so it asks for the password again: " + again.getUrl());

            assertFalse(api.acceptedTokens().isEmpty(), "the simulator saw the app's access tokens");
        }
    }

    @Test
    @Order(3)
    void aWrongClientSecretGivesAClearErrorAndNoSession() throws Exception {
        provider.start("a-secret-the-app-does-not-have");
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            HtmlPage login = browser.open(BASE + "/app/profile.xhtml");
            HtmlPage failed = signIn(login, "erin", "erin-sandbox");
            assertEquals(BASE + "/errors/login-failed.xhtml?reason=rejected", failed.getUrl().toString());
            assertTrue(failed.asNormalizedText().contains("refused this application's credentials"));
            NoStackTrace.assertNone(failed);
            // Not signed in: the app sends the browser to the provider again (which, still knowing the user,
            // would answer with another code that fails the same way).
            org.htmlunit.WebResponse protectedPage = browser.fetchTowardsLogin(BASE + "/app/profile.xhtml");
            assertEquals(302, protectedPage.getStatusCode());
            assertTrue(protectedPage.getResponseHeaderValue("Location").startsWith(provider.issuer() + "/auth?"),
                    protectedPage.getResponseHeaderValue("Location"));
        } finally {
            provider.start(StrictProvider.CLIENT_SECRET);
        }
    }

    private static HtmlPage signIn(HtmlPage login, String username, String password) throws Exception {
        HtmlForm form = login.getHtmlElementById("login");
        form.getInputByName("login").type(username);
        form.getInputByName("password").type(password);
        return login.getHtmlElementById("sign-in").click();
    }

    @Test
    @Order(4)
    void aCallbackThisSessionDidNotStartNeverReachesTheTokenEndpointAndPkceCannotBeSkipped() throws Exception {
        try (Browser browser = new Browser(() -> api.acceptedTokens())) {
            int codeGrants = provider.stat("codeGrants");
            HtmlPage forged = browser.open(BASE + "/signin-oidc?state=forged&code=stolen-code");
            assertEquals(BASE + "/errors/login-failed.xhtml?reason=rejected", forged.getUrl().toString());
            NoStackTrace.assertNone(forged);
            assertEquals(codeGrants, provider.stat("codeGrants"), "the forged code never went to the provider");

            // Callback parameters on a page are not a callback: the login starts, with PKCE, and nothing breaks.
            for (String query : List.of("?state=", "?state=a&code=b", "?error=access_denied&state=x")) {
                org.htmlunit.WebResponse login = browser.fetchTowardsLogin(BASE + "/app/profile.xhtml" + query);
                String location = login.getResponseHeaderValue("Location");
                assertEquals(302, login.getStatusCode(), query);
                assertTrue(location.startsWith(provider.issuer() + "/auth?") && location.contains("code_challenge=")
                        && location.contains("code_challenge_method=S256"), query + " -> " + location);
            }
        }
    }
}
