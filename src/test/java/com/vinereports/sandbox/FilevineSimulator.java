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
import com.vinereports.sandbox.SeedData.Firm;
import com.vinereports.sandbox.SeedData.SeedOrg;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Filevine API gateway simulator over a {@link Firm} of seed data. It behaves like the real gateway where our
 * app can tell: Bearer tokens are verified (JWTs: signature against the issuer's JWKS, expiry; opaque tokens:
 * the provider's introspection endpoint), tenant headers are required (400 when missing, 403 when the user is
 * not in that org), a missing User-Agent is refused (403), answers are camelCase JSON (PascalCase on demand),
 * lists come in the {@code ItemList} envelope (limit 50 by default, capped at 1000), and paths are
 * case-sensitive, with Filevine's own inconsistent casing ({@code /projects/{id}/deadlines}).
 *
 * <p>Tests steer it: latency per call, a failure for the next call of an operation, rate-limit (429) bursts
 * with or without {@code Retry-After}, sustained failure, slow answers, a 401 for a given token. It counts
 * every call per operation and keeps when each was made, per org.
 */
public final class FilevineSimulator implements AutoCloseable {

    static final String PREFIX = "/fv-app/v2";

    /** One call as the simulator saw it. */
    /** One call as the simulator saw it; userId is the x-fv-userid header (null without one). */
    public record Call(Instant at, String operation, Integer orgId, Integer userId) {
    }

    private final HttpServer server;
    private final Firm firm;
    final Map<String, Map<String, String>> lastQueries = new ConcurrentHashMap<>();
    private final SimulatorRoutes routes;
    private final Map<String, DefaultJWTProcessor<SecurityContext>> verifiers = new ConcurrentHashMap<>();
    private final List<Introspection> introspections = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Queue<Call> callLog = new ConcurrentLinkedQueue<>();
    /** The valid access tokens callers presented, so that tests can prove none of them leaks into a page. */
    private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final Set<String> userAgents = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<Integer>> failures = new ConcurrentHashMap<>();
    private final Map<String, Queue<Duration>> slowAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicReference<Integer> retryAfterSeconds = new AtomicReference<>();
    private final AtomicReference<Integer> failingWith = new AtomicReference<>();
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean pascalCase;
    private volatile SimulatorJson.Wire wire = SimulatorJson.Wire.fromSystemProperties();
    private final Map<String, Queue<Object>> cannedAnswers = new ConcurrentHashMap<>();
    /** Introspection answers kept until the token expires, when a benchmark asks (tests want every check live). */
    private final Map<String, CachedIntrospection> introspected = new ConcurrentHashMap<>();
    private volatile boolean cacheIntrospection;
    private final java.util.concurrent.atomic.LongAdder servedNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder served = new java.util.concurrent.atomic.LongAdder();

    private FilevineSimulator(HttpServer server, Firm firm) {
        this.server = server;
        this.firm = firm;
        this.routes = new SimulatorRoutes(firm, this);
    }

    /** The matters this simulator serves. */
    public Firm firm() {
        return firm;
    }

    /** Starts on localhost with the demo firm; tokens are accepted from the given issuers (issuer URL -> JWKS URL). */
    public static FilevineSimulator start(int port, Map<String, URL> trustedIssuers) throws IOException {
        return start(port, trustedIssuers, SeedData.DEMO);
    }

    /** Starts on localhost with the given firm (a big one for paging tests and benchmarks). */
    public static FilevineSimulator start(int port, Map<String, URL> trustedIssuers, Firm firm) throws IOException {
        // The JDK server writes headers and body apart; without TCP_NODELAY, Nagle's algorithm and the client's
        // delayed ACK hold the body back ~40 ms on every answer, a delay no real API gateway adds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        FilevineSimulator simulator = new FilevineSimulator(server, firm);
        trustedIssuers.forEach(simulator::trust);
        server.createContext("/", simulator::handle);
        // Enough threads that simulated latency, not the simulator, bounds the benchmarks.
        server.setExecutor(Executors.newFixedThreadPool(128, runnable -> {
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

    /**
     * Keeps an active introspection answer until the token's expiry, as an API gateway in front of a provider
     * would, so that a benchmark measures the app and the set latency, not the provider's introspection
     * endpoint on every call. Off by default: tests see every check made live.
     */
    public void cacheIntrospection(boolean on) {
        cacheIntrospection = on;
        introspected.clear();
    }

    private record CachedIntrospection(SeedUser user, Instant expires) {
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    // ---- what it saw -------------------------------------------------------------------------------------

    /** The query parameters of the operation's latest call (empty before any). */
    public Map<String, String> lastQuery(String operation) {
        return lastQueries.getOrDefault(operation, Map.of());
    }

    /** Calls answered so far for one operation, e.g. {@code "GET /Users/Me"}. */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Calls of one operation made for one user (its x-fv-userid). */
    public int calls(String operation, int userId) {
        return (int) callLog.stream()
                .filter(call -> call.operation().equals(operation) && call.userId() != null && call.userId() == userId)
                .count();
    }

    /** Every call so far, in order. */
    public List<Call> callLog() {
        return new ArrayList<>(callLog);
    }

    /** Calls for one org answered after {@code since}. */
    public long callsSince(int orgId, Instant since) {
        return callLog.stream().filter(c -> c.orgId() != null && c.orgId() == orgId && c.at().isAfter(since)).count();
    }

    /** The most calls for one org that fell into any window of the given length. */
    public int mostCallsWithin(Duration window, int orgId) {
        return mostCallsWithin(window, call -> call.orgId() != null && call.orgId() == orgId);
    }

    /** The most calls of one user in the org within any window of that length. */
    public int mostCallsWithin(Duration window, int orgId, int userId) {
        return mostCallsWithin(window, call -> call.orgId() != null && call.orgId() == orgId
                && call.userId() != null && call.userId() == userId);
    }

    private int mostCallsWithin(Duration window, java.util.function.Predicate<Call> which) {
        List<Instant> times = callLog().stream().filter(which).map(Call::at).sorted().toList();
        int most = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(start).plus(window).compareTo(times.get(end)) <= 0) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    public Set<String> userAgents() {
        return Set.copyOf(userAgents);
    }

    public Set<String> acceptedTokens() {
        return Set.copyOf(acceptedTokens);
    }

    /** All calls answered so far, every operation. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * The mean time the simulator took per API call since the last reset, from the request read to the answer
     * sent: the set latency plus its own work (token check, JSON). What "Filevine's time" is in the benchmarks.
     */
    public double meanServiceMillis() {
        long count = served.sum();
        return count == 0 ? 0 : servedNanos.sum() / 1e6 / count;
    }

    public void resetCalls() {
        calls.clear();
        callLog.clear();
        servedNanos.reset();
        served.reset();
    }

    // ---- how it behaves ----------------------------------------------------------------------------------

    /** Every call waits this long before it is answered (Filevine is a remote service). */
    public void latency(Duration perCall) {
        this.latency = perCall;
    }

    /** The next call of that operation (e.g. {@code "GET /Users/Me"}) is answered with this status. */
    public void failNext(String operation, int status) {
        failures.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(status);
    }

    /** The next call of that operation for that user (its x-fv-userid) is answered with this status. */
    public void failNext(String operation, int status, int userId) {
        failNext(forUser(operation, userId), status);
    }

    private static String forUser(String operation, Object userId) {
        return operation + " for user " + userId;
    }

    /** The next call of that operation takes this long (to trip the app's read time-out). */
    public void slowNext(String operation, Duration delay) {
        slowAnswers.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(delay);
    }

    /** The next {@code count} calls, whatever they are, get 429; with {@code Retry-After} when not null. */
    public void rateLimitNext(int count, Integer retryAfter) {
        retryAfterSeconds.set(retryAfter);
        rateLimited.set(count);
    }

    /** Every call fails with this status until {@link #recover()}: Filevine having a bad time. */
    public void failAll(int status) {
        failingWith.set(status);
    }

    public void recover() {
        failingWith.set(null);
        rateLimited.set(0);
        failures.clear();
        slowAnswers.clear();
        cannedAnswers.clear();
    }

    /** That access token gets 401 from now on, as a token revoked or expired early would. */
    public void rejectToken(String token) {
        rejected.add(token);
    }

    /**
     * {@code count} of a list as the number of all matching items (true) or of the page's items (false, the
     * default unless {@code -Dsandbox.count=total}): Filevine does not say which it sends.
     */
    public void countIsTotal(boolean total) {
        wire = new SimulatorJson.Wire(total, wire.userTypeAsNumber());
    }

    /** {@code userType} as its number (true) or its name (false, the default unless {@code -Dsandbox.userType=number}). */
    public void userTypeAsNumber(boolean number) {
        wire = new SimulatorJson.Wire(wire.countIsTotal(), number);
    }

    /** Whether {@code count} is the number of all matching items now (else the page's). */
    public boolean countIsTotal() {
        return wire.countIsTotal();
    }

    SimulatorJson.Wire wire() {
        return wire;
    }

    /**
     * The next call of that operation is answered 200 with this body (a map or list, turned into JSON): for
     * answers in shapes the app must survive, such as a field of another kind.
     */
    public void answerNext(String operation, Object body) {
        cannedAnswers.computeIfAbsent(operation, key -> new ConcurrentLinkedQueue<>()).add(body);
    }

    /** Answers with PascalCase keys, the spelling of Filevine's schemas. */
    public void pascalCase(boolean on) {
        this.pascalCase = on;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- serving -----------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/download/")) {
                routes.download(exchange, path.substring("/download/".length()), query(exchange));
                return;
            }
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
                if (!steered(exchange, "POST /utils/GetUserOrgsWithToken", null)) {
                    send(exchange, 200, routes.userOrgs(caller.get()));
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
            routes.route(exchange, method, route, tenant, query(exchange));
        } catch (RuntimeException bug) {
            send(exchange, 500, error("Simulator failure: " + bug));
        } finally {
            servedNanos.add(System.nanoTime() - started);
            served.increment();
        }
    }

    /**
     * Counts the call, waits the latency, and answers it the way a test asked for, if it asked: a queued
     * failure, a rate limit, sustained failure, or a slow answer. False when the route should answer normally.
     */
    boolean steered(HttpExchange exchange, String operation, Integer orgId) throws IOException {
        calls.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
        String user = exchange.getRequestHeaders().getFirst("x-fv-userid");
        callLog.add(new Call(Instant.now(), operation, orgId, user == null || !user.matches("\\d{1,9}") ? null : Integer.valueOf(user)));
        pause(latency);
        Queue<Duration> slow = slowAnswers.get(operation);
        Duration delay = slow == null ? null : slow.poll();
        if (delay != null) {
            pause(delay);
        }
        if (rateLimited.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            Integer retryAfter = retryAfterSeconds.get();
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter));
            }
            send(exchange, 429, error("Too many requests"));
            return true;
        }
        Queue<Object> canned = cannedAnswers.get(operation);
        Object answer = canned == null ? null : canned.poll();
        if (answer != null) {
            send(exchange, 200, answer);
            return true;
        }
        Integer sustained = failingWith.get();
        Integer status = sustained != null ? sustained : queuedFailure(operation, user);
        if (status == null) {
            return false;
        }
        send(exchange, status, error("Simulated failure " + status));
        return true;
    }

    /** The failure queued for this user's next call of the operation, else for anyone's; null for none. */
    private Integer queuedFailure(String operation, String userId) {
        Queue<Integer> mine = userId == null ? null : failures.get(forUser(operation, userId));
        Integer status = mine == null ? null : mine.poll();
        Queue<Integer> anyone = failures.get(operation);
        return status != null || anyone == null ? status : anyone.poll();
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
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
            return rejected.contains(token) ? Optional.empty() : SeedData.user(claims.getSubject());
        } catch (Exception invalid) {
            return Optional.empty();
        }
    }

    private Optional<SeedUser> introspect(String token) {
        CachedIntrospection cached = cacheIntrospection ? introspected.get(token) : null;
        if (cached != null && cached.expires().isAfter(Instant.now()) && !rejected.contains(token)) {
            return Optional.of(cached.user());
        }
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
                if (answer.statusCode() == 200 && Boolean.TRUE.equals(result.get("active")) && !rejected.contains(token)) {
                    acceptedTokens.add(token);
                    Optional<SeedUser> user = SeedData.user(String.valueOf(result.get("sub")));
                    if (cacheIntrospection && user.isPresent() && result.get("exp") instanceof Number exp) {
                        introspected.put(token, new CachedIntrospection(user.get(), Instant.ofEpochSecond(exp.longValue())));
                    }
                    return user;
                }
            } catch (Exception unreachable) {
                // try the next one; no answer means not accepted
            }
        }
        return Optional.empty();
    }

    record Tenant(SeedUser user, SeedOrg org) {
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

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
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

    static Map<String, Object> error(String message) {
        return Map.of("message", message);
    }

    void send(HttpExchange exchange, int status, Object body) throws IOException {
        Object shaped = pascalCase ? SimulatorJson.pascal(body) : body;
        String json = shaped instanceof List<?> list ? com.nimbusds.jose.util.JSONArrayUtils.toJSONString(castList(list))
                : JSONObjectUtils.toJSONString(castMap(shaped));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object body) {
        return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(List<?> body) {
        return (List<Object>) body;
    }
}
