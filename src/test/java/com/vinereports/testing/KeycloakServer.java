package com.vinereports.testing;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Keycloak 26 ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by Maven into target/keycloak) in dev mode
 * with an in-memory database and the realm in src/test/keycloak: 20 s access tokens, rotating refresh tokens,
 * PKCE required, events recorded. It needs Java 21 or newer: {@code KEYCLOAK_JAVA_HOME}, or the newest JDK
 * under /usr/lib/jvm. Also offers the few admin calls the tests need (events, revoking a user's tokens).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "filevine";
    public static final String CLIENT_ID = "vine-reports-keycloak";
    public static final String CLIENT_SECRET = "keycloak-test-secret";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-not-for-production";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private Process process;

    private static volatile CompletableFuture<KeycloakServer> early;

    /**
     * Starts Keycloak in the background as the test JVM starts ({@link EarlyStarts}): its 15-20 s overlap the app's
     * boot, which Arquillian runs before any of the class's own set-up.
     */
    static void startEarly(int port) {
        early = CompletableFuture.supplyAsync(() -> {
            KeycloakServer server = new KeycloakServer(port);
            try {
                server.start();
                return server;
            } catch (Exception failed) {
                server.closeQuietly();
                throw new CompletionException(failed);
            }
        });
        // Should no test class take it (a run of one other test), it still ends with the JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KeycloakServer started = early.getNow(null);
            if (started != null) {
                started.closeQuietly();
            }
        }, "stop Keycloak"));
    }

    /** The Keycloak started early for this JVM, else one started now; ready either way. */
    public static KeycloakServer started(int port) throws Exception {
        if (early == null) {
            KeycloakServer server = new KeycloakServer(port);
            server.start();
            return server;
        }
        try {
            return early.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public KeycloakServer(int port) {
        this.port = port;
    }

    public String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String authorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    public String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public void start() throws Exception {
        Path home = Path.of(System.getProperty("vine.keycloakHome", "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home + " (mvn pre-integration-test does it)");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of("src/test/keycloak/filevine-realm.json"), imports.resolve("filevine-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path log = Path.of("target/keycloak.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--db=dev-mem", "--hostname-strict=false")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome().toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"); // C1 only: starts in about half the time
        Instant started = Instant.now();
        process = builder.start();
        Instant deadline = started.plusSeconds(240);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            if (ready()) {
                System.out.printf("Keycloak ready in %.1f s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start within 240 s; see " + log);
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    /** Keycloak 26 needs Java 21+; the build itself runs on 17. */
    static Path javaHome() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureVersion(jdk) >= 21)
                    .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)))
                    .orElseThrow(() -> new IllegalStateException(
                            "Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME (none found under /usr/lib/jvm)"));
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            Optional<String> line = Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst();
            String version = line.orElse("JAVA_VERSION=\"0\"").split("\"")[1];
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    // ---- admin calls ------------------------------------------------------------------------------------

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return (String) JSONObjectUtils.parse(answer.body()).get("access_token");
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    /** How many events of the type Keycloak recorded for the user (e.g. REFRESH_TOKEN, CODE_TO_TOKEN). */
    public int events(String type, String userId) throws Exception {
        return JSONArrayUtils.parse(admin("GET", "/events?max=10000&type=" + type + "&user=" + userId).body()).size();
    }

    /** The user's offline sessions for our client: where offline_access refresh tokens live. */
    public int offlineSessions(String userId) throws Exception {
        List<Object> clients = JSONArrayUtils.parse(admin("GET", "/clients?clientId=" + CLIENT_ID).body());
        String clientUuid = (String) ((Map<?, ?>) clients.get(0)).get("id");
        return JSONArrayUtils.parse(admin("GET", "/users/" + userId + "/offline-sessions/" + clientUuid).body()).size();
    }

    /** What an administrator does to cut a user off: revoke the client's grant, offline tokens included. */
    public void revokeTokensOf(String userId) throws Exception {
        admin("DELETE", "/users/" + userId + "/consents/" + CLIENT_ID);
        admin("POST", "/users/" + userId + "/logout");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
