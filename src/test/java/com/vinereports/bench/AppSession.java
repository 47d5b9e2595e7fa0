package com.vinereports.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One logged-in user of the app, over its HTTP interface only: its own cookie jar and connections, signed in
 * through the real OpenID provider's login form. What the benchmarks send their load through.
 */
final class AppSession {

    /** The panva provider's login form (src/test/oidc-provider/provider.js). */
    private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]+)\"[^>]*id=\"login\"");
    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** The answer to one request: status, body and the URL it ended at. */
    record Answer(int status, String body, URI uri, java.net.http.HttpHeaders headers) {

        /** What the answer cost in Filevine calls, as the API says it ({@code X-Filevine-Calls}); -1 if it does not. */
        int filevineCalls() {
            return headers.firstValue("X-Filevine-Calls").map(Integer::parseInt).orElse(-1);
        }

        boolean ok(String marker) {
            return status == 200 && body.contains(marker);
        }
    }

    private final HttpClient http;
    private final String base;
    private final String username;

    private AppSession(String base, String username) {
        this.base = base;
        this.username = username;
        this.http = HttpClient.newBuilder()
                // HTTP/1.1 as browsers speak it over plain HTTP (they use HTTP/2 only over TLS, which a proxy in
                // front of the app ends); the JDK client would otherwise upgrade to cleartext HTTP/2 (h2c).
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens the profile, is sent to the provider, signs in there and comes back signed in. */
    static AppSession signIn(String base, URI provider, String username, String password) throws IOException, InterruptedException {
        AppSession session = new AppSession(base, username);
        Answer login = session.get("/app/profile.xhtml");
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!login.uri().toString().startsWith(provider.toString()) || !form.find()) {
            throw new IllegalStateException("Expected the provider's login form for " + username + ", got " + login.uri());
        }
        Answer back = session.post(provider.resolve(form.group(1)),
                Map.of("login", username, "password", password), Map.of());
        if (!back.uri().toString().startsWith(base) || !back.ok("id=\"org-user-id\"")) {
            throw new IllegalStateException("Sign-in of " + username + " did not end on the profile: " + back.status() + " " + back.uri());
        }
        return session;
    }

    String username() {
        return username;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer getJson(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** A GET whose body is only counted (big exports): the bytes and lines received. */
    HttpResponse<java.io.InputStream> stream(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /**
     * The dashboard as a browser sees it: the page, which carries the figures once the session has them, or
     * else the deferred panel's AJAX request (PrimeFaces posts the view state and asks for the panel). True
     * when the figures arrived.
     */
    boolean dashboardView() throws IOException, InterruptedException {
        return deferredView("/app/dashboard.xhtml", "dashboard-body", "tile-open");
    }

    /**
     * A page whose report loads into a deferred panel right after it: the page, then (unless the page already
     * carries the report) the panel's load, as PrimeFaces asks for it; true when {@code marker} arrived.
     */
    boolean deferredView(String path, String panelId, String marker) throws IOException, InterruptedException {
        Answer page = get(path);
        if (page.ok(marker)) {
            return true;
        }
        Matcher state = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !state.find()) {
            return false;
        }
        Answer panel = post(URI.create(base + path), Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", panelId,
                "jakarta.faces.partial.execute", panelId,
                "jakarta.faces.partial.render", panelId,
                panelId + "_load", "true",
                "jakarta.faces.ViewState", htmlUnescape(state.group(1))),
                Map.of("Faces-Request", "partial/ajax"));
        return panel.ok(marker);
    }

    private Answer post(URI uri, Map<String, String> form, Map<String, String> headers) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.uri(), response.headers());
    }

    private static String htmlUnescape(String value) {
        return value.replace("&#58;", ":").replace("&amp;", "&").replace("&quot;", "\"");
    }
}
