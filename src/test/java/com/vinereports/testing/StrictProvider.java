package com.vinereports.testing;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.vinereports.sandbox.SeedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * panva's oidc-provider (OpenID Certified), run by Node from {@code src/test/oidc-provider}: strict about the
 * client secret, the redirect URIs and the users' passwords, and signing with RS512 only. Restartable with
 * another secret; the signing key survives restarts (it lives in a file).
 */
public final class StrictProvider implements AutoCloseable {

    public static final String CLIENT_ID = "vine-reports-strict";
    public static final String CLIENT_SECRET = "strict-secret-not-for-production";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final Path workDir;
    private Process process;

    public StrictProvider(int port) throws IOException {
        this.port = port;
        this.workDir = Files.createTempDirectory("strict-provider");
        List<Map<String, Object>> users = SeedData.USERS.stream()
                .map(user -> Map.<String, Object>of("username", user.username(), "password", user.password(),
                        "name", user.fullName(), "email", user.email()))
                .toList();
        Files.writeString(workDir.resolve("users.json"), JSONArrayUtils.toJSONString(users));
    }

    public URI issuer() {
        return URI.create("http://localhost:" + port);
    }

    public URI introspectionEndpoint() {
        return URI.create(issuer() + "/token/introspection");
    }

    /** Starts (or restarts) the provider with the given client secret and waits until it listens. */
    public void start(String clientSecret) throws Exception {
        start(clientSecret, Map.of());
    }

    /** The same, with more settings for provider.js (ACCESS_TOKEN_TTL, REQUIRE_PKCE). */
    public void start(String clientSecret, Map<String, String> settings) throws Exception {
        stop();
        String app = Deployments.baseUrl();
        ProcessBuilder builder = new ProcessBuilder("node", "provider.js")
                .directory(Path.of(System.getProperty("vine.strictProviderDir", "src/test/oidc-provider")).toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("CLIENT_ID", CLIENT_ID);
        env.put("CLIENT_SECRET", clientSecret);
        env.put("REDIRECT_URIS", app + "/signin-oidc");
        env.put("POST_LOGOUT_REDIRECT_URIS", app + "/signout-callback-oidc");
        env.put("USERS_FILE", workDir.resolve("users.json").toString());
        env.put("KEYS_FILE", workDir.resolve("keys.json").toString());
        env.putAll(settings);
        process = builder.start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("strict provider ready")) {
                        ready.complete(true);
                    } else if (!line.contains("WARNING")) {
                        System.out.println("[strict provider] " + line);
                    }
                }
            } catch (IOException ended) {
                // the process ended
            }
            ready.complete(false);
        }, "strict-provider-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.get(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The strict provider did not start (did `npm ci` run in src/test/oidc-provider?)");
        }
    }

    /** One of provider.js's test hooks ({@code /test/stats}, ...), answered as JSON. */
    public Map<String, Object> hook(String pathAndQuery) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/test/" + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("provider hook " + pathAndQuery + " answered " + answer.statusCode());
        }
        return JSONObjectUtils.parse(answer.body());
    }

    /** A number from {@code /test/stats}: codeGrants, codeGrantsWithVerifier, refreshGrants, refreshFailures, revocations. */
    public int stat(String name) throws Exception {
        return ((Number) hook("stats").get(name)).intValue();
    }

    /** The same number for one user's grants and tokens only. */
    public int stat(String name, String username) throws Exception {
        return ((Number) hook("stats?user=" + username).get(name)).intValue();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
