package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.testing.Browser;
import com.vinereports.testing.Deployments;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;

/** Helpers for the gateway tests: log in at the sandbox, call the app's JSON API as that user. */
final class GatewayScenarios {

    static final String BASE = Deployments.baseUrl();

    private GatewayScenarios() {
    }

    static void logIn(Browser browser, String username) throws Exception {
        HtmlPage page = com.vinereports.sandbox.SandboxLogin.signIn(browser.open(BASE + "/app/profile.xhtml"), username);
        assertEquals(BASE + "/app/profile.xhtml", page.getUrl().toString(), page.asNormalizedText());
    }

    static WebResponse get(Browser browser, String pathAndQuery) throws Exception {
        return browser.send("GET", BASE + pathAndQuery, Map.of("Accept", "application/json"), null);
    }

    static Map<String, Object> object(Browser browser, String pathAndQuery) throws Exception {
        WebResponse answer = get(browser, pathAndQuery);
        assertEquals(200, answer.getStatusCode(), pathAndQuery + ": " + answer.getContentAsString());
        return JSONObjectUtils.parse(answer.getContentAsString());
    }

    static List<Object> array(Browser browser, String pathAndQuery) throws Exception {
        WebResponse answer = get(browser, pathAndQuery);
        assertEquals(200, answer.getStatusCode(), pathAndQuery + ": " + answer.getContentAsString());
        return JSONArrayUtils.parse(answer.getContentAsString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    static int number(Object value) {
        return ((Number) value).intValue();
    }
}
