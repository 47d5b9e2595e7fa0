package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import com.vinereports.sandbox.SandboxLogin;
import com.vinereports.testing.Browser;
import com.vinereports.testing.NoStackTrace;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole login path on the real WAR in Payara Micro, against the local Filevine sandbox (its OpenID
 * provider and API simulator), driven by a browser-like client.
 */
@Tag(Suites.SANDBOX)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginSandboxIT extends SandboxIT {


    @Test
    @Order(1)
    void twoOrgUserChoosesAnOrgSeesProfileSwitchesAndLogsOut() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage landing = browser.open(BASE + "/");
            assertTrue(landing.asNormalizedText().contains("Log in with Filevine"));

            HtmlPage providerLogin = landing.getAnchorByText("Log in with Filevine").click();
            assertTrue(providerLogin.getUrl().toString().startsWith(sandbox.provider().issuer() + "/authorize"),
                    "the provider's login form: " + providerLogin.getUrl());

            HtmlPage picker = signInAtSandbox(providerLogin, "alice");
            assertEquals(BASE + "/app/orgs.xhtml", picker.getUrl().toString());
            HtmlForm orgs = picker.getHtmlElementById("orgs");
            assertEquals(List.of("Hartley & Moss LLP", "Rivera Injury Group"),
                    orgs.getByXPath("//form[@id='orgs']//input[@type='submit']/@value").stream()
                            .map(attribute -> ((org.htmlunit.html.DomAttr) attribute).getValue()).toList());

            HtmlPage profile = orgs.getOneHtmlElementByAttribute(
                    "input", "value", "Rivera Injury Group").click();
            assertEquals(BASE + "/app/profile.xhtml", profile.getUrl().toString());
            String text = profile.asNormalizedText();
            assertTrue(text.contains("Alice Moss"), text);
            assertEquals("alice.moss@hartleymoss.example", profile.getHtmlElementById("email").asNormalizedText());
            assertEquals("10001", profile.getHtmlElementById("user-id").asNormalizedText());
            assertEquals("Rivera Injury Group (7002)", profile.getHtmlElementById("org").asNormalizedText());
            // From the simulator's Users/Me for org 7002, where Alice is a collaborator (admin in 7001).
            assertEquals("collaborator", profile.getHtmlElementById("access-level").asNormalizedText());
            assertEquals("601", profile.getHtmlElementById("org-user-id").asNormalizedText());
            assertEquals("RS512", profile.getHtmlElementById("id-token-alg").asNormalizedText());
            assertEquals("Yes", profile.getHtmlElementById("refresh-held").asNormalizedText());
            assertTrue(profile.getHtmlElementById("claims").asNormalizedText().contains("alice"));
            assertEquals(1, sandbox.api().calls("POST /utils/GetUserOrgsWithToken"));
            assertFalse(sandbox.api().acceptedTokens().isEmpty(), "the simulator saw the app's access tokens");
            assertTrue(sandbox.api().userAgents().stream().allMatch(agent -> agent.startsWith("VineReports/")),
                    "our User-Agent on every call: " + sandbox.api().userAgents());
            assertTrue(profile.getHtmlElementById("scopes").asNormalizedText().contains("fv.api.gateway.access"));

            HtmlPage switched = profile.getHtmlElementById("org-switch").getOneHtmlElementByAttribute(
                    "input", "value", "Switch to Hartley & Moss LLP").click();
            assertEquals("Hartley & Moss LLP (7001)", switched.getHtmlElementById("org").asNormalizedText());
            assertEquals("admin", switched.getHtmlElementById("access-level").asNormalizedText());
            assertEquals(1, sandbox.api().calls("POST /utils/GetUserOrgsWithToken"), "orgs are fetched once per login");

            HtmlPage afterLogout = switched.getHtmlElementById("logout-button").click();
            assertEquals(BASE + "/?signedOut=true", afterLogout.getUrl().toString());
            assertTrue(afterLogout.asNormalizedText().contains("You are signed out"));

            Map<String, String> endSession = endSessionRequest(browser, sandbox.provider().issuer() + "/endsession");
            SignedJWT hint = SignedJWT.parse(endSession.get("id_token_hint"));
            assertEquals("alice", hint.getJWTClaimsSet().getSubject());
            assertEquals(List.of("vine-reports-sandbox"), hint.getJWTClaimsSet().getAudience());
            assertEquals(BASE + "/signout-callback-oidc", endSession.get("post_logout_redirect_uri"));

            HtmlPage again = browser.open(BASE + "/app/profile.xhtml");
            assertTrue(again.getUrl().toString().startsWith(sandbox.provider().issuer() + "/authorize"),
                    "a protected page asks for login again: " + again.getUrl());

            // The org chosen last time is remembered in this browser: the next login skips the picker.
            HtmlPage remembered = signInAtSandbox(again, "alice");
            assertEquals(BASE + "/app/profile.xhtml", remembered.getUrl().toString());
            assertEquals("Hartley & Moss LLP (7001)", remembered.getHtmlElementById("org").asNormalizedText());

        }
    }

    @Test
    @Order(2)
    void singleOrgUserReturnsToTheRequestedPageWithoutPicker() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage providerLogin = browser.open(BASE + "/app/profile.xhtml?tab=details");
            String sessionBeforeLogin = sessionCookie(browser);
            HtmlPage profile = signInAtSandbox(providerLogin, "ben");
            assertFalse(sessionCookie(browser).equals(sessionBeforeLogin), "a new session id after login (no fixation)");
            assertEquals(BASE + "/app/profile.xhtml?tab=details", profile.getUrl().toString());
            assertEquals("Hartley & Moss LLP (7001)", profile.getHtmlElementById("org").asNormalizedText());
            assertEquals("full", profile.getHtmlElementById("access-level").asNormalizedText());
            assertTrue(profile.getByXPath("//form[@id='org-switch']").isEmpty(), "one org: nothing to switch to");

            // The membership is kept for the session: more views cost no Filevine call; "Reload" asks again.
            int calls = sandbox.api().calls("GET /Users/Me");
            for (int i = 0; i < 3; i++) {
                assertEquals("full", browser.open(BASE + "/app/profile.xhtml").getHtmlElementById("access-level").asNormalizedText());
            }
            assertEquals(calls, sandbox.api().calls("GET /Users/Me"), "no call for a repeated view");
            browser.open(BASE + "/app/profile.xhtml").getHtmlElementById("reload-membership").click();
            // The reload's AJAX call, not the page's session-check timer (which would hold a full wait to its end).
            browser.client().waitForBackgroundJavaScriptStartingBefore(2_000);
            assertEquals(calls + 1, sandbox.api().calls("GET /Users/Me"), "one call for a reload");
        }
    }

    @Test
    @Order(3)
    void anEndedSessionAnswersAjaxAndScriptsWithoutARedirectToTheProvider() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage tabOne = signInAtSandbox(browser.open(BASE + "/app/profile.xhtml"), "dev");
            browser.openInNewTab(BASE + "/app/profile.xhtml").getHtmlElementById("logout-button").click();

            // JSF AJAX after the session ended: a partial-response redirect (a 302 would be lost in the XHR).
            tabOne.getHtmlElementById("reload-membership").click();
            browser.client().waitForBackgroundJavaScript(10_000);
            assertTrue(browser.pages().stream().anyMatch(body ->
                    body.contains("<partial-response><redirect url=\"/app/profile.xhtml\"")), "partial-response redirect");
            assertTrue(browser.requested().get(browser.requested().size() - 1).toString()
                    .startsWith(sandbox.provider().issuer() + "/authorize"), "the Faces script followed it into the login");

            // Scripts and JSON clients: 401 with a body, never the provider's login page.
            for (Map<String, String> headers : List.of(Map.of("Accept", "application/json"),
                    Map.of("X-Requested-With", "XMLHttpRequest"))) {
                WebResponse api = browser.send("GET", BASE + "/api/v1/session", headers, null);
                assertEquals(401, api.getStatusCode(), headers.toString());
                assertTrue(api.getResponseHeaderValue("WWW-Authenticate").startsWith("Session realm="));
                assertTrue(api.getContentAsString().contains("\"error\":\"not_signed_in\""), api.getContentAsString());
            }
        }
    }

    @Test
    @Order(3)
    void aSecondTabUsedAfterLogoutGetsTheLoginNotAnError() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage tabOne = signInAtSandbox(browser.open(BASE + "/app/profile.xhtml"), "dev");
            assertEquals(BASE + "/app/profile.xhtml", tabOne.getUrl().toString(), tabOne.asNormalizedText());
            HtmlPage tabTwo = browser.openInNewTab(BASE + "/app/profile.xhtml");
            assertTrue(tabTwo.asNormalizedText().contains("Dev Patel"));

            tabOne.getHtmlElementById("logout-button").click();

            HtmlPage stale = tabTwo.getHtmlElementById("logout-button").click();
            assertEquals(200, stale.getWebResponse().getStatusCode());
            assertTrue(stale.getUrl().toString().startsWith(sandbox.provider().issuer() + "/authorize"),
                    "the stale tab's POST leads to the login: " + stale.getUrl());
            HtmlPage reload = browser.open(BASE + "/app/profile.xhtml");
            assertTrue(reload.getUrl().toString().startsWith(sandbox.provider().issuer() + "/authorize"));
        }
    }

    @Test
    @Order(4)
    void aForgedLogoutPostDoesNotEndTheSession() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage profile = signInAtSandbox(browser.open(BASE + "/app/profile.xhtml"), "carla");
            assertEquals(BASE + "/app/profile.xhtml", profile.getUrl().toString());
            // What a cross-site form could send: the form's fields, but not this session's view state.
            org.htmlunit.WebRequest forged = new org.htmlunit.WebRequest(new URL(BASE + "/app/profile.xhtml"),
                    org.htmlunit.HttpMethod.POST);
            forged.setRequestParameters(List.of(
                    new org.htmlunit.util.NameValuePair("logout", "logout"),
                    new org.htmlunit.util.NameValuePair("logout-button", "Log out"),
                    new org.htmlunit.util.NameValuePair("jakarta.faces.ViewState", "1234567890:987654321")));
            HtmlPage answer = browser.client().getPage(forged);
            assertTrue(answer.asNormalizedText().contains("This page had expired"), answer.asNormalizedText());
            assertTrue(browser.requested().stream().noneMatch(url -> url.getPath().endsWith("/endsession")),
                    "the provider's logout was not reached");
            HtmlPage stillSignedIn = browser.open(BASE + "/app/profile.xhtml");
            assertEquals(BASE + "/app/profile.xhtml", stillSignedIn.getUrl().toString());
            assertTrue(stillSignedIn.asNormalizedText().contains("Carla Rivera"));
        }
    }

    @Test
    @Order(5)
    void aTamperedStateShowsAClearErrorAndLeavesNoSession() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage providerLogin = browser.open(BASE + "/app/profile.xhtml");
            String callback = callbackUrl(browser, providerLogin, "ben");
            String tampered = callback.replaceAll("state=[^&]+", "state=forged-" + System.nanoTime());

            HtmlPage failed = browser.open(tampered);
            assertEquals(BASE + "/errors/login-failed.xhtml?reason=rejected", failed.getUrl().toString());
            assertTrue(failed.asNormalizedText().contains("Sign-in refused"));
            assertTrue(failed.asNormalizedText().contains("You are not signed in"));
            NoStackTrace.assertNone(failed);

            HtmlPage protectedPage = browser.open(BASE + "/app/profile.xhtml");
            assertTrue(protectedPage.getUrl().toString().startsWith(sandbox.provider().issuer() + "/authorize"),
                    "no session was created by the forged callback");
            // The genuine callback is useless now: its session was ended.
            HtmlPage replay = browser.open(callback);
            assertTrue(replay.getUrl().toString().startsWith(BASE + "/errors/login-failed.xhtml"), replay.getUrl().toString());
        }
    }

    @Test
    @Order(6)
    void theCallbackOpenedByHandShowsTheLoginFailurePage() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage page = browser.open(BASE + "/signin-oidc?error=access_denied&state=whatever");
            assertTrue(page.getUrl().toString().endsWith("/errors/login-failed.xhtml?reason=denied"), page.getUrl().toString());
            assertTrue(page.asNormalizedText().contains("did not grant the sign-in"));
        }
    }

    @Test
    @Order(7)
    void filevineFailuresShowClearMessagesAndTheNextTryWorks() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            int before = sandbox.api().calls("POST /utils/GetUserOrgsWithToken");
            for (int attempt = 0; attempt < 4; attempt++) { // the first try and its three retries
                sandbox.api().failNext("POST /utils/GetUserOrgsWithToken", 503);
            }
            HtmlPage failed = signInAtSandbox(browser.open(BASE + "/app/profile.xhtml"), "erin");
            assertEquals(503, failed.getWebResponse().getStatusCode());
            assertTrue(failed.asNormalizedText().contains("Filevine can't be reached right now"), failed.asNormalizedText());
            assertEquals(4, sandbox.api().calls("POST /utils/GetUserOrgsWithToken") - before, "retried three times");
            NoStackTrace.assertNone(failed);

            sandbox.api().failNext("GET /Users/Me", 403);
            HtmlPage partial = browser.open(BASE + "/app/profile.xhtml");
            assertEquals(200, partial.getWebResponse().getStatusCode(), "the rest of the page still works");
            assertEquals("Erin Walsh", partial.getHtmlElementById("current-user").asNormalizedText());
            assertTrue(partial.getHtmlElementById("membership-error").asNormalizedText()
                    .contains("You don't have access to this in Filevine."));

            HtmlPage retried = partial.getAnchorByText("Try again").click();
            assertEquals("full", retried.getHtmlElementById("access-level").asNormalizedText());
        }
    }

    @Test
    @Order(0)
    void aForgedHostHeaderNeverReachesARedirect() throws Exception {
        // vine.public-url is this app's address in this test run: every redirect and the login's redirect_uri
        // are built on it. Without a session, the first hop goes to the sign-in start and keeps nothing.
        String start = locationOf("GET /app/profile.xhtml?tab=x HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(BASE + "/app/sign-in?to=%2Fapp%2Fprofile.xhtml%3Ftab%3Dx", start);
        String login = locationOf("GET /app/sign-in?to=%2Fapp%2Fprofile.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                + "Accept: text/html\r\nConnection: close\r\n\r\n");
        String redirectUri = java.util.Arrays.stream(URI.create(login).getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("redirect_uri=")).map(pair -> URLDecoder.decode(pair.substring(13),
                        StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertEquals(BASE + "/signin-oidc", redirectUri);
        assertTrue(login.contains("code_challenge="), "PKCE on this login too");
    }

    /** One raw HTTP/1.1 exchange with the app (any Host header), and the Location it answered with. */
    private static String locationOf(String request) throws Exception {
        URI base = URI.create(BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .map(line -> line.substring(9).trim()).findFirst()
                    .orElseThrow(() -> new AssertionError("no Location in: " + answer.lines().findFirst().orElse("")));
        }
    }

    @Test
    @Order(8)
    void rs256SignedIdTokensAreAcceptedToo() throws Exception {
        sandbox.restartProvider("RS256");
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage profile = signInAtSandbox(browser.open(BASE + "/app/profile.xhtml"), "ben");
            assertEquals(BASE + "/app/profile.xhtml", profile.getUrl().toString());
            assertEquals("RS256", profile.getHtmlElementById("id-token-alg").asNormalizedText());
            assertEquals("full", profile.getHtmlElementById("access-level").asNormalizedText());
        }
    }

    @Test
    @Order(9)
    void providerUnreachableAtTheCallbackGivesAFriendly503() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            HtmlPage providerLogin = browser.open(BASE + "/app/profile.xhtml");
            String callback = callbackUrl(browser, providerLogin, "erin");
            sandbox.provider().close(); // the token endpoint is now unreachable

            HtmlPage page = browser.open(callback);
            assertEquals(503, page.getWebResponse().getStatusCode());
            String text = page.asNormalizedText();
            assertTrue(text.contains("could not be reached"), text);
            NoStackTrace.assertNone(page);
            assertFalse(text.contains("at org."), "no stack trace");
        }
    }

    private static String sessionCookie(Browser browser) throws Exception {
        org.htmlunit.http.Cookie cookie = browser.client().getCookieManager().getCookie("JSESSIONID");
        assertTrue(cookie != null, "a session cookie");
        return cookie.getValue();
    }

    static HtmlPage signInAtSandbox(HtmlPage providerLogin, String username) throws Exception {
        return SandboxLogin.signIn(providerLogin, username);
    }

    /** Submits the login form but stops before the browser follows the redirect to our callback. */
    private static String callbackUrl(Browser browser, HtmlPage providerLogin, String username) throws Exception {
        browser.redirects(false);
        try {
            HtmlForm form = providerLogin.getHtmlElementById("login");
            form.getInputByName("username").type(username);
            WebResponse response = ((org.htmlunit.Page) providerLogin.getHtmlElementById("sign-in").click()).getWebResponse();
            String location = response.getResponseHeaderValue("Location");
            assertTrue(location != null && location.startsWith(BASE + "/signin-oidc?"), "redirect to callback: " + location);
            return location;
        } finally {
            browser.redirects(true);
        }
    }

    static Map<String, String> endSessionRequest(Browser browser, String endpoint) {
        URL url = browser.requested().stream()
                .filter(candidate -> candidate.toString().startsWith(endpoint))
                .findFirst().orElseThrow(() -> new AssertionError("the provider's end-session endpoint was never reached: "
                        + browser.requested()));
        return java.util.Arrays.stream(url.getQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
