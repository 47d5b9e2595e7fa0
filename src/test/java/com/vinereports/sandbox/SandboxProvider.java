package com.vinereports.sandbox;

import com.vinereports.sandbox.SeedData.SeedUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The sandbox's OpenID provider: navikt's mock-oauth2-server with a login page naming the demo users, their
 * profile claims in the tokens, RS512 signatures (as Filevine) and rotating refresh tokens. It accepts any
 * client and secret: the strict provider in the tests (panva oidc-provider) covers what this one lets pass.
 */
public final class SandboxProvider implements AutoCloseable {

    public static final String ISSUER_ID = "filevine";

    /**
     * One signing key for every provider this JVM starts, whatever its algorithm: the app under test outlives the
     * providers of single test classes and keeps their key set (as against Filevine), so a restarted provider must
     * sign as the one before it. mock-oauth2-server names every key after the issuer id anyway.
     */
    private static final String SIGNING_KEY = newSigningKey();

    private final MockOAuth2Server server;
    private final int port;

    private SandboxProvider(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Signs with RS512, as Filevine does. */
    public static SandboxProvider start(int port) throws IOException {
        return start(port, "RS512");
    }

    public static SandboxProvider start(int port, String signingAlgorithm) throws IOException {
        OAuth2Config config = OAuth2Config.Companion.fromJson(configJson(loginPage(), signingAlgorithm));
        MockOAuth2Server server = new MockOAuth2Server(config);
        server.start(port);
        // The port actually bound (port 0 picks a free one, as the unit tests do).
        return new SandboxProvider(server, URI.create(server.baseUrl().toString()).getPort());
    }

    public URI issuer() {
        return URI.create("http://localhost:" + port + "/" + ISSUER_ID);
    }

    public URL jwks() {
        try {
            return URI.create(issuer() + "/jwks").toURL();
        } catch (java.net.MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** An access token for a demo user, as the provider would issue it (for tests of the simulator). */
    public String accessTokenFor(String username, long expirySeconds) {
        return server.issueToken(ISSUER_ID, username, "filevine-api", Map.of(), expirySeconds).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static Path loginPage() throws IOException {
        Path page = Files.createTempFile("vine-sandbox-login", ".html");
        page.toFile().deleteOnExit();
        try (InputStream html = SandboxProvider.class.getResourceAsStream("/sandbox/login.html")) {
            Files.write(page, html.readAllBytes());
        }
        return page;
    }

    private static String configJson(Path loginPage, String signingAlgorithm) {
        List<Object> mappings = new ArrayList<>();
        for (SeedUser user : SeedData.USERS) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", user.username());
            claims.put("preferred_username", user.username());
            claims.put("name", user.fullName());
            claims.put("email", user.email());
            claims.put("fv_user_id", user.userId());
            // mock-oauth2-server puts no scope into its token response: carry the granted scopes in the token.
            claims.put("scope", com.vinereports.auth.FilevineSettings.DEFAULT_SCOPES);
            mappings.add(Map.of("requestParam", "subject", "match", user.username(), "claims", claims));
        }
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("issuerId", ISSUER_ID);
        callback.put("tokenExpiry", 3600);
        callback.put("requestMappings", mappings);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("interactiveLogin", true);
        config.put("loginPagePath", loginPage.toString());
        config.put("rotateRefreshToken", true);
        config.put("tokenProvider", Map.of("keyProvider", Map.of("algorithm", signingAlgorithm, "initialKeys", SIGNING_KEY)));
        config.put("tokenCallbacks", List.of(callback));
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(config);
    }

    private static String newSigningKey() {
        try {
            return new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(ISSUER_ID).generate().toJSONString();
        } catch (com.nimbusds.jose.JOSEException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
