package com.vinereports.sandbox;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vinereports.sandbox.SeedData.SeedOrg;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Filevine API gateway simulator over {@link SeedData}. It behaves like the real gateway where our app
 * can tell: Bearer tokens are verified (JWTs: signature against the issuer's JWKS, expiry; opaque tokens:
 * the provider's introspection endpoint), tenant headers are
 * required (400 when missing, 403 when the user is not in that org), answers are camelCase JSON, lists
 * come in the {@code ItemList} envelope (limit 50 by default, capped at 1000, offset, hasMore), and paths
 * are case-sensitive.
 */
public final class FilevineSimulator implements AutoCloseable {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final String PREFIX = "/fv-app/v2";

    private final HttpServer server;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> verifiers = new ConcurrentHashMap<>();
    private final List<Introspection> introspections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** The valid access tokens callers presented, so that tests can prove none of them leaks into a page. */
    private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> userAgents = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.Queue<Integer>> failures = new ConcurrentHashMap<>();

    private FilevineSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on localhost; tokens are accepted from the given issuers only (issuer URL -> JWKS URL). */
    public static FilevineSimulator start(int port, Map<String, URL> trustedIssuers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        FilevineSimulator simulator = new FilevineSimulator(server);
        trustedIssuers.forEach(simulator::trust);
        server.createContext("/", simulator::handle);
        server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "filevine-simulator");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return simulator;
    }

    public void trust(String issuer, URL jwks) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // Access tokens are typed "at+jwt" by RFC 9068 providers, plain "JWT" by others.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256), keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")));
        verifiers.put(issuer, processor);
    }

    /** An RFC 7662 introspection endpoint for providers whose access tokens are opaque. */
    private record Introspection(URI endpoint, String clientId, String clientSecret) {
    }

    /** Accepts opaque access tokens that the provider's introspection endpoint says are active. */
    public void trustIntrospection(URI endpoint, String clientId, String clientSecret) {
        introspections.add(new Introspection(endpoint, clientId, clientSecret));
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Calls answered so far for one operation, e.g. {@code "GET /Users/Me"}. */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    public Set<String> userAgents() {
        return Set.copyOf(userAgents);
    }

    public Set<String> acceptedTokens() {
        return Set.copyOf(acceptedTokens);
    }

    /** The next call of that operation (e.g. {@code "GET /Users/Me"}) is answered with this status. */
    public void failNext(String operation, int status) {
        failures.computeIfAbsent(operation, key -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(status);
    }

    public void resetCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.startsWith(PREFIX + "/")) {
                send(exchange, 404, error("Not found"));
                return;
            }
            String route = path.substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            if (userAgent == null || userAgent.isBlank()) {
                // Filevine's gateway firewall refuses some requests without a User-Agent.
                send(exchange, 403, error("Request blocked"));
                return;
            }
            userAgents.add(userAgent);
            Optional<SeedUser> caller = authenticate(exchange);
            if (caller.isEmpty()) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                send(exchange, 401, error("Unauthorized"));
                return;
            }
            if ("POST".equals(method) && "/utils/GetUserOrgsWithToken".equals(route)) {
                if (!failedOnPurpose(exchange, "POST /utils/GetUserOrgsWithToken")) {
                    send(exchange, 200, userOrgs(caller.get()));
                }
                return;
            }
            Tenant tenant;
            try {
                tenant = tenant(exchange, caller.get());
            } catch (TenantProblem problem) {
                send(exchange, problem.status, error(problem.getMessage()));
                return;
            }
            route(exchange, method, route, tenant);
        } catch (RuntimeException bug) {
            send(exchange, 500, error("Simulator failure: " + bug));
        }
    }

    private void route(HttpExchange exchange, String method, String route, Tenant tenant) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if ("GET".equals(method) && "/Users/Me".equals(route)) {
            if (!failedOnPurpose(exchange, "GET /Users/Me")) {
                send(exchange, 200, orgUser(tenant));
            }
        } else if ("GET".equals(method) && "/Projects".equals(route)) {
            if (!failedOnPurpose(exchange, "GET /Projects")) {
                send(exchange, 200, projects(tenant, query));
            }
        } else if ("GET".equals(method) && route.matches("/Projects/\\d+")) {
            if (failedOnPurpose(exchange, "GET /Projects/{id}")) {
                return;
            }
            int id = Integer.parseInt(route.substring("/Projects/".length()));
            Optional<SeedProject> project = SeedData.projectsOf(tenant.org.orgId()).stream()
                    .filter(p -> p.projectId() == id).findFirst();
            if (project.isPresent()) {
                send(exchange, 200, project(project.get()));
            } else {
                send(exchange, 404, error("Project " + id + " not found"));
            }
        } else {
            send(exchange, 404, error("No route " + method + " " + route));
        }
    }

    private Optional<SeedUser> authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String token = header.substring("Bearer ".length()).trim();
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return introspect(token);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            DefaultJWTProcessor<SecurityContext> verifier = verifiers.get(jwt.getJWTClaimsSet().getIssuer());
            if (verifier == null) {
                return Optional.empty();
            }
            JWTClaimsSet claims = verifier.process(jwt, null);
            if (acceptedTokens.size() < 10_000) {
                acceptedTokens.add(jwt.serialize());
            }
            return SeedData.user(claims.getSubject());
        } catch (Exception invalid) {
            return Optional.empty();
        }
    }

    private Optional<SeedUser> introspect(String token) {
        for (Introspection introspection : introspections) {
            String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + "&client_id=" + URLEncoder.encode(introspection.clientId(), StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(introspection.clientSecret(), StandardCharsets.UTF_8);
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(introspection.endpoint())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Map<String, Object> result = JSONObjectUtils.parse(answer.body());
                if (answer.statusCode() == 200 && Boolean.TRUE.equals(result.get("active"))) {
                    acceptedTokens.add(token);
                    return SeedData.user(String.valueOf(result.get("sub")));
                }
            } catch (Exception unreachable) {
                // try the next one; no answer means not accepted
            }
        }
        return Optional.empty();
    }

    private record Tenant(SeedUser user, SeedOrg org) {
    }

    private static final class TenantProblem extends Exception {
        private final int status;

        TenantProblem(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static Tenant tenant(HttpExchange exchange, SeedUser caller) throws TenantProblem {
        int orgId = intHeader(exchange, "x-fv-orgid");
        int userId = intHeader(exchange, "x-fv-userid");
        if (userId != caller.userId()) {
            throw new TenantProblem(403, "x-fv-userid does not match the token's user");
        }
        if (caller.in(orgId).isEmpty()) {
            throw new TenantProblem(403, "User " + userId + " is not a member of org " + orgId);
        }
        return new Tenant(caller, SeedData.org(orgId).orElseThrow());
    }

    private static int intHeader(HttpExchange exchange, String name) throws TenantProblem {
        String value = exchange.getRequestHeaders().getFirst(name);
        if (value == null) {
            throw new TenantProblem(400, "Missing required header " + name);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notInt) {
            throw new TenantProblem(400, "Header " + name + " must be an integer");
        }
    }

    private static Map<String, Object> userOrgs(SeedUser user) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", user(user));
        answer.put("orgs", user.memberships().stream()
                .map(m -> SeedData.org(m.orgId()).orElseThrow())
                .map(FilevineSimulator::org).toList());
        return answer;
    }

    private static Map<String, Object> orgUser(Tenant tenant) {
        Map<String, Object> me = new LinkedHashMap<>();
        SeedData.Membership membership = tenant.user.in(tenant.org.orgId()).orElseThrow();
        me.put("orgUserId", membership.orgUserId());
        me.put("userName", tenant.user.username());
        me.put("isActive", true);
        me.put("createdDateTime", "2021-03-15T09:30:00Z");
        me.put("email", tenant.user.email());
        me.put("org", org(tenant.org));
        me.put("user", user(tenant.user));
        me.put("permissions", Map.of("accessLevel", membership.accessLevel(), "isAdmin", "admin".equals(membership.accessLevel())));
        return me;
    }

    private static Map<String, Object> user(SeedUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", id(user.userId()));
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("email", user.email());
        json.put("username", user.username());
        json.put("userType", "Standard");
        return json;
    }

    private static Map<String, Object> org(SeedOrg org) {
        return Map.of("orgId", org.orgId(), "name", org.name());
    }

    private static Map<String, Object> id(int nativeId) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("native", nativeId);
        id.put("partner", null);
        return id;
    }

    private static Map<String, Object> projects(Tenant tenant, Map<String, String> query) {
        List<SeedProject> all = SeedData.projectsOf(tenant.org.orgId());
        int limit = Math.min(MAX_LIMIT, Math.max(1, parse(query.get("limit"), DEFAULT_LIMIT)));
        int offset = Math.max(0, parse(query.get("offset"), 0));
        List<Map<String, Object>> items = all.stream().skip(offset).limit(limit).map(FilevineSimulator::project).toList();
        boolean hasMore = offset + items.size() < all.size();
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("items", items);
        list.put("count", items.size());
        list.put("offset", offset);
        list.put("limit", limit);
        list.put("hasMore", hasMore);
        list.put("lastID", items.isEmpty() ? null : items.get(items.size() - 1).get("projectId"));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", PREFIX + "/Projects?offset=" + offset + "&limit=" + limit);
        links.put("prev", offset == 0 ? null : PREFIX + "/Projects?offset=" + Math.max(0, offset - limit) + "&limit=" + limit);
        links.put("next", hasMore ? PREFIX + "/Projects?offset=" + (offset + limit) + "&limit=" + limit : null);
        list.put("links", links);
        list.put("requestedFields", query.getOrDefault("requestedFields", "*"));
        return list;
    }

    private static Map<String, Object> project(SeedProject p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectId", id(p.projectId()));
        json.put("projectTypeId", id(p.type().id()));
        json.put("projectTypeCode", p.type().code());
        json.put("clientId", id(p.projectId() + 1_000_000));
        json.put("clientName", p.clientName());
        json.put("projectName", p.projectName());
        json.put("phaseId", id(p.phaseId()));
        json.put("phaseName", p.phaseName());
        json.put("phaseDate", p.phaseDate() + "T00:00:00Z");
        json.put("incidentDate", p.incidentDate() + "T00:00:00Z");
        json.put("createdDate", p.createdDate() + "T00:00:00Z");
        json.put("lastActivity", p.lastActivity().toString());
        json.put("number", p.number());
        json.put("firstPrimaryName", p.primary().fullName());
        json.put("firstPrimaryUsername", p.primary().username());
        json.put("isArchived", p.archived());
        json.put("hashtags", p.hashtags());
        json.put("projectUrl", "https://app.filevine.example/#/project/" + p.projectId());
        return json;
    }

    /** Counts the call, and answers it with a failure a test queued for it, if any. */
    private boolean failedOnPurpose(HttpExchange exchange, String operation) throws IOException {
        calls.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
        java.util.Queue<Integer> queued = failures.get(operation);
        Integer status = queued == null ? null : queued.poll();
        if (status == null) {
            return false;
        }
        send(exchange, status, error("Simulated failure " + status));
        return true;
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notInt) {
            return fallback;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }

    private static Map<String, Object> error(String message) {
        return Map.of("message", message);
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
