package com.vinereports.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider that serves, one scenario at a time, the faults of the OpenID Foundation's relying-party
 * tests: bad signatures, foreign keys, wrong claims, a key rotation, a refused code. Authorization is granted at
 * once (no login form) to the user {@code ben}; everything else is what a real provider checks (client secret,
 * redirect URI, PKCE S256). It counts code exchanges, key-set downloads and refreshes, so that tests can show a
 * refused sign-in never reached further than it had to.
 */
public final class AdversarialProvider implements AutoCloseable {

    public static final String CLIENT_ID = "vine-reports-adversarial";
    public static final String CLIENT_SECRET = "adversarial-secret-not-for-production";
    public static final String USER = "ben";

    /** What the provider does wrong (or right) for the next logins. */
    public enum Scenario {
        VALID, KEY_ROTATION, KID_ABSENT_ONE_KEY, VALID_ES256,
        BAD_SIGNATURE_RS256, BAD_SIGNATURE_ES256, BAD_SIGNATURE_HS256, HS256_CLIENT_SECRET, HS256_PUBLIC_KEY, ALG_NONE, UNKNOWN_KID,
        WRONG_ISSUER, WRONG_AUDIENCE, MISSING_AUDIENCE, EXTRA_AUDIENCE_WITHOUT_AZP, MISSING_SUB, MISSING_IAT, EXPIRED,
        WRONG_NONCE, MISSING_NONCE, USERINFO_OTHER_SUB, WRONG_STATE, ACCESS_DENIED, CODE_REFUSED,
        DISCOVERY_ISSUER_DIFFERS, REFRESH_OTHER_SUB, REFRESH_OTHER_ISSUER;

        /** The ones a relying party must accept. */
        public boolean valid() {
            return this == VALID || this == KEY_ROTATION || this == KID_ABSENT_ONE_KEY || this == VALID_ES256
                    || this == REFRESH_OTHER_SUB
                    || this == REFRESH_OTHER_ISSUER;
        }
    }

    private record Grant(String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey rotated;
    private final RSAKey stranger;
    private final ECKey ecKey;
    private volatile Scenario scenario = Scenario.VALID;
    private volatile boolean rotatedPublished;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger codeExchanges = new AtomicInteger();
    private final AtomicInteger keySetDownloads = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();

    private AdversarialProvider(HttpServer server) throws JOSEException {
        this.server = server;
        this.key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        this.rotated = new RSAKeyGenerator(2048).keyID("key-2").generate();
        this.stranger = new RSAKeyGenerator(2048).keyID("key-1").generate(); // same kid, another key
        this.ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    }

    public static AdversarialProvider start(int port) throws IOException, JOSEException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AdversarialProvider provider = new AdversarialProvider(server);
        server.createContext("/", provider::handle);
        server.start();
        return provider;
    }

    public URI issuer() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public URI jwks() {
        return URI.create(issuer() + "/jwks");
    }

    /** Sets what the next logins get; a key rotation signs with a key the app has not seen yet. */
    public void scenario(Scenario next) {
        scenario = next;
        rotatedPublished = next == Scenario.KEY_ROTATION;
    }

    public int codeExchanges() {
        return codeExchanges.get();
    }

    public int keySetDownloads() {
        return keySetDownloads.get();
    }

    public int refreshes() {
        return refreshes.get();
    }

    /**
     * An access token for the simulator, always signed with the first key: the API is not what these tests attack,
     * and the key-set downloads counted are then the app's alone.
     */
    private String accessToken() throws JOSEException {
        RSAKey signing = key;
        // A jwtID: two logins in one second must not get the same token (a test rejects tokens one by one).
        JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .issuer(issuer().toString()).subject(USER).audience("filevine-api")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("scope", "openid email profile offline_access").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signing));
        return jwt.serialize();
    }

    private String idToken(Grant grant, boolean refreshed) throws JOSEException {
        Scenario s = scenario;
        String issuer = s == Scenario.WRONG_ISSUER || s == Scenario.DISCOVERY_ISSUER_DIFFERS
                || refreshed && s == Scenario.REFRESH_OTHER_ISSUER ? otherIssuer() : issuer().toString();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
                .expirationTime(Date.from(Instant.now().plusSeconds(s == Scenario.EXPIRED ? -600 : 3600)))
                .claim("name", "Ben Hartley").claim("email", "ben@hartley-moss.example");
        if (s != Scenario.MISSING_SUB) {
            claims.subject(refreshed && s == Scenario.REFRESH_OTHER_SUB ? "carla" : USER);
        }
        if (s != Scenario.MISSING_IAT) {
            claims.issueTime(Date.from(Instant.now().minusSeconds(s == Scenario.EXPIRED ? 900 : 1)));
        }
        switch (s) {
            case WRONG_AUDIENCE -> claims.audience("someone-else");
            case MISSING_AUDIENCE -> { }
            case EXTRA_AUDIENCE_WITHOUT_AZP -> claims.audience(List.of(CLIENT_ID, "someone-else"));
            default -> claims.audience(CLIENT_ID);
        }
        if (!refreshed && s != Scenario.MISSING_NONCE && grant.nonce() != null) {
            claims.claim("nonce", s == Scenario.WRONG_NONCE ? "not-" + grant.nonce() : grant.nonce());
        }
        JWTClaimsSet set = claims.build();
        return switch (s) {
            case ALG_NONE -> new PlainJWT(set).serialize();
            case HS256_CLIENT_SECRET -> mac(set, CLIENT_SECRET.getBytes(StandardCharsets.UTF_8));
            case HS256_PUBLIC_KEY -> mac(set, key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
            case BAD_SIGNATURE_RS256 -> tampered(signed(set, key, key.getKeyID()));
            case VALID_ES256 -> signedEc(set);
            case BAD_SIGNATURE_ES256 -> tampered(signedEc(set));
            case BAD_SIGNATURE_HS256 -> tampered(mac(set, CLIENT_SECRET.getBytes(StandardCharsets.UTF_8)));
            case UNKNOWN_KID -> signed(set, stranger, "key-" + UUID.randomUUID()); // a new one each time
            case KID_ABSENT_ONE_KEY -> signed(set, key, null);
            case KEY_ROTATION -> signed(set, rotated, rotated.getKeyID());
            default -> signed(set, key, key.getKeyID());
        };
    }

    private static String signed(JWTClaimsSet claims, RSAKey signing, String kid) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(signing));
        return jwt.serialize();
    }

    private String signedEc(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ecKey.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(ecKey));
        return jwt.serialize();
    }

    private static String mac(JWTClaimsSet claims, byte[] secret) throws JOSEException {
        byte[] key = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    /** The same header and claims, with the signature of other bytes. */
    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[0] ^= 0x55;
        return parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
    }

    private String otherIssuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- serving -----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "/jwks" -> {
                    keySetDownloads.incrementAndGet();
                    List<JWK> published = new ArrayList<>(List.of(key.toPublicJWK(), ecKey.toPublicJWK()));
                    if (rotatedPublished) {
                        published.add(rotated.toPublicJWK());
                    }
                    json(exchange, 200, new JWKSet(published).toJSONObject());
                }
                case "/authorize" -> authorize(exchange, query);
                case "/token" -> token(exchange, form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                case "/userinfo" -> json(exchange, 200, Map.of("sub", scenario == Scenario.USERINFO_OTHER_SUB ? "carla" : USER,
                        "name", "Ben Hartley", "email", "ben@hartley-moss.example"));
                case "/revoke" -> json(exchange, 200, Map.of());
                default -> json(exchange, 404, Map.of("error", "not_found"));
            }
        } catch (JOSEException | RuntimeException broken) {
            json(exchange, 500, Map.of("error", "server_error", "error_description", broken.toString()));
        }
    }

    private Map<String, Object> discovery() {
        String base = issuer().toString();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", scenario == Scenario.DISCOVERY_ISSUER_DIFFERS ? otherIssuer() : base);
        json.put("authorization_endpoint", base + "/authorize");
        json.put("token_endpoint", base + "/token");
        json.put("userinfo_endpoint", base + "/userinfo");
        json.put("jwks_uri", base + "/jwks");
        json.put("revocation_endpoint", base + "/revoke");
        json.put("response_types_supported", List.of("code"));
        json.put("subject_types_supported", List.of("public"));
        json.put("id_token_signing_alg_values_supported", List.of("RS256", "ES256", "HS256", "none"));
        json.put("code_challenge_methods_supported", List.of("S256"));
        json.put("scopes_supported", List.of("openid", "email", "profile", "offline_access"));
        return json;
    }

    private void authorize(HttpExchange exchange, Map<String, String> query) throws IOException {
        String redirect = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirect == null || query.get("code_challenge") == null
                || !"S256".equals(query.get("code_challenge_method"))) {
            json(exchange, 400, Map.of("error", "invalid_request", "error_description", "client, redirect URI and PKCE S256 required"));
            return;
        }
        String state = scenario == Scenario.WRONG_STATE ? "forged-" + UUID.randomUUID() : query.get("state");
        String target;
        if (scenario == Scenario.ACCESS_DENIED) {
            target = redirect + "?error=access_denied&state=" + encode(state);
        } else {
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(query.get("nonce"), query.get("code_challenge"), redirect));
            target = redirect + "?code=" + encode(code) + "&state=" + encode(state);
        }
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException, JOSEException {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if ("refresh_token".equals(form.get("grant_type"))) {
            refreshes.incrementAndGet();
            json(exchange, 200, tokens(new Grant(null, null, null), true));
            return;
        }
        codeExchanges.incrementAndGet();
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (scenario == Scenario.CODE_REFUSED || grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        json(exchange, 200, tokens(grant, false));
    }

    private Map<String, Object> tokens(Grant grant, boolean refreshed) throws JOSEException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken());
        json.put("token_type", "Bearer");
        json.put("expires_in", 3600);
        json.put("refresh_token", "refresh-" + UUID.randomUUID());
        json.put("id_token", idToken(grant, refreshed));
        json.put("scope", "openid email profile offline_access");
        return json;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        @SuppressWarnings("unchecked")
        byte[] bytes = JSONObjectUtils.toJSONString((Map<String, Object>) body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
