package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where to return after sign-in: the app's own path, without callback parameters, never more than 2 KB. */
class ReturnToTest {

    private static HttpServletRequest get(String uri, String query) {
        Map<String, Object> values = Map.of("getMethod", "GET", "getRequestURI", uri, "getContextPath", "");
        return (HttpServletRequest) Proxy.newProxyInstance(ReturnToTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        "getQueryString".equals(method.getName()) ? query : values.get(method.getName()));
    }

    @Test
    void callbackParametersAreNeverKept() {
        assertEquals("/app/projects.xhtml?phase=Intake",
                ReturnTo.target(get("/app/projects.xhtml", "state=a&phase=Intake&code=b")));
        assertEquals("/app/profile.xhtml", ReturnTo.target(get("/app/profile.xhtml", "state=&code=b")));
    }

    @Test
    void atMostTwoKilobytesAreKept() {
        String query = "q=" + "x".repeat(3000);
        assertEquals("/app/projects.xhtml", ReturnTo.target(get("/app/projects.xhtml", query)), "the query goes");
        String path = "/app/" + "p".repeat(ReturnTo.MAX_LENGTH);
        assertNull(ReturnTo.target(get(path, null)), "a path longer than the bound is not kept at all");
        String fits = "q=" + "x".repeat(ReturnTo.MAX_LENGTH - "/app/projects.xhtml?q=".length());
        assertEquals(ReturnTo.MAX_LENGTH, ReturnTo.target(get("/app/projects.xhtml", fits)).length());
    }

    @Test
    void onlyTheAppsOwnPathsAreTargets() {
        assertTrue(ReturnTo.isOwnPath("/app/profile.xhtml"));
        assertFalse(ReturnTo.isOwnPath("//evil.example/x"));
        assertFalse(ReturnTo.isOwnPath("/\\evil.example"));
        assertFalse(ReturnTo.isOwnPath("https://evil.example"));
        assertFalse(ReturnTo.isOwnPath(null));
    }
}
