package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Locations are the app's own normalised paths (or absolute on the public URL), never the raw URI or Host. */
class AppLocationsTest {

    /** A request with just what AppLocations reads. */
    private static HttpServletRequest request(String method, String uri, String query, String url) {
        Map<String, Object> values = Map.of("getMethod", method, "getRequestURI", uri, "getContextPath", "",
                "getRequestURL", new StringBuffer(url));
        return (HttpServletRequest) Proxy.newProxyInstance(AppLocationsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method1, args) ->
                        "getQueryString".equals(method1.getName()) ? query : values.get(method1.getName()));
    }

    @Test
    void aDoubleSlashOrDotSegmentsNeverLeaveTheApp() {
        assertEquals("/evil.example/app/x", AppLocations.samePage(request("GET", "//evil.example/app/x", null, "")));
        assertEquals("/app/x", AppLocations.samePage(request("GET", "/app/./y/../x", null, "")));
        assertEquals("/", AppLocations.samePage(request("GET", "/app/../../..//evil", null, "")));
        assertEquals("/app/x?a=1", AppLocations.samePage(request("GET", "/app/x", "a=1", "")));
        assertEquals("/app/x", AppLocations.samePage(request("POST", "/app/x", "a=1", "")), "a POST is not replayed");
    }

    @Test
    void withAPublicUrlLocationsAreAbsoluteOnItAndNotOnTheHostHeader() {
        HttpServletRequest viaEvilHost = request("GET", "/app/x", null, "http://evil.example/app/x");
        Optional<URI> publicUrl = Optional.of(URI.create("https://reports.firm.example"));
        assertEquals("https://reports.firm.example/app/profile.xhtml?a=b",
                AppLocations.of(viaEvilHost, publicUrl, "/app/profile.xhtml?a=b"));
        assertEquals("https://reports.firm.example", AppLocations.base(viaEvilHost, publicUrl));
        assertEquals("/app/profile.xhtml", AppLocations.of(viaEvilHost, Optional.empty(), "app//profile.xhtml"));
        assertEquals("http://evil.example", AppLocations.base(viaEvilHost, Optional.empty()),
                "without the setting, the request's own address (behind a trusted proxy)");
    }
}
