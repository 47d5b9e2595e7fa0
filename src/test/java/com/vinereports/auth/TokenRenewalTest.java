package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import com.vinereports.grid.LocalGrid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenRenewalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** A token endpoint that rotates refresh tokens and refuses a used one, like oidc-provider and Keycloak. */
    static class RotatingEndpoint extends TokenEndpoint {
        final AtomicInteger grants = new AtomicInteger();
        volatile String validRefreshToken = "r0";
        volatile boolean down;
        volatile boolean includeIdToken = true;

        @Override
        public JsonObject refresh(ProviderEndpoints endpoints, String refreshToken) throws Refused, Unreachable {
            if (down) {
                throw new Unreachable("down");
            }
            int n = grants.incrementAndGet();
            sleep(50); // a real round trip, so that parallel callers really overlap
            if (!refreshToken.equals(validRefreshToken)) {
                throw new Refused("invalid_grant");
            }
            validRefreshToken = "r" + n;
            var answer = Json.createObjectBuilder().add("access_token", "a" + n).add("refresh_token", "r" + n)
                    .add("expires_in", 30);
            if (includeIdToken) {
                answer.add("id_token", "id" + n);
            }
            return answer.build();
        }
    }

    private final RotatingEndpoint provider = new RotatingEndpoint();
    private final TokenRenewal renewal = new TokenRenewal();

    TokenRenewalTest() {
        renewal.holder = new TokenHolder();
        renewal.endpoint = provider;
        renewal.grid = new LocalGrid(100, Clock.systemUTC());
        renewal.marginSeconds = 10;
        renewal.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        // A 60-second token with 5 seconds left.
        renewal.holder.start(new TokenSet("a0", "r0", "id0", NOW.plusSeconds(5), "openid", null, NOW.minusSeconds(55)),
                new ProviderEndpoints("http://op/token", "http://op/revoke", null));
    }

    @Test
    void fiftyParallelRequestsAtExpiryCauseOneRefresh() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return renewal.freshAccessToken();
            }));
        }
        start.countDown();
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        for (Future<String> answer : answers) {
            tokens.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, provider.grants.get(), "token-endpoint calls");
        assertEquals(Set.of("a1"), tokens, "every request uses the one refreshed token");
        assertEquals(1, renewal.holder.refreshes());
    }

    /**
     * Two nodes, each with its own copy of one session (the balancer lost stickiness, or a node died right after a
     * refresh and the other holds an older copy): both at expiry at once, one grant; the second node uses the
     * rotated tokens, never the used refresh token its copy still holds (which the provider would refuse).
     */
    @Test
    void twoNodesWithCopiesOfOneSessionShareOneRefresh() throws Exception {
        TokenRenewal otherNode = new TokenRenewal();
        otherNode.holder = copyOf(renewal.holder); // the session as replicated before any refresh
        otherNode.endpoint = provider;
        otherNode.grid = renewal.grid;
        otherNode.marginSeconds = renewal.marginSeconds;
        otherNode.clock = renewal.clock;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<String> here = pool.submit(() -> {
            start.await();
            return renewal.freshAccessToken();
        });
        Future<String> there = pool.submit(() -> {
            start.await();
            return otherNode.freshAccessToken();
        });
        start.countDown();
        assertEquals("a1", here.get());
        assertEquals("a1", there.get());
        pool.shutdown();
        assertEquals(1, provider.grants.get(), "token-endpoint calls across both nodes");
        assertEquals("r1", otherNode.holder.tokens().orElseThrow().refreshToken(), "the rotated refresh token");
        // Later, the access token due again: the second node refreshes with the rotated token (r0 would be refused).
        otherNode.clock = Clock.fixed(NOW.plusSeconds(29), ZoneOffset.UTC);
        assertEquals("a2", otherNode.freshAccessToken());
        renewal.clock = otherNode.clock;
        assertEquals("a2", renewal.freshAccessToken(), "and the first node takes that one over in turn");
        assertEquals(2, provider.grants.get());
    }

    private static TokenHolder copyOf(TokenHolder holder) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(holder);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (TokenHolder) in.readObject();
        }
    }

    @Test
    void tokensShorterThanTheMarginAreRefreshedHalfWayNotOnEveryRequest() throws Exception {
        renewal.marginSeconds = 60; // the default, against the endpoint's 30-second tokens
        assertEquals("a1", renewal.freshAccessToken(), "5 s left: due");
        for (int i = 0; i < 20; i++) {
            assertEquals("a1", renewal.freshAccessToken(), "a fresh 30-second token is not due at once");
        }
        assertEquals(1, provider.grants.get());
        TokenSet fresh = renewal.holder.tokens().orElseThrow();
        assertEquals(fresh.expiresAt().minusSeconds(15), renewal.refreshDueAt(fresh), "due half-way");
        renewal.clock = Clock.fixed(NOW.plusSeconds(15), ZoneOffset.UTC);
        assertEquals("a2", renewal.freshAccessToken(), "half-way: due");
        assertEquals(2, provider.grants.get());
    }

    @Test
    void aTokenWithTimeLeftIsUsedWithoutRefresh() {
        renewal.holder.start(new TokenSet("a0", "r0", "id0", NOW.plusSeconds(300), "openid", null, NOW), null);
        assertEquals("a0", renewal.freshAccessToken());
        assertEquals(0, provider.grants.get());
    }

    @Test
    void aRejectedTokenIsRefreshedOnceEvenIfManyCallersReportIt() {
        renewal.holder.start(new TokenSet("a0", "r0", "id0", NOW.plusSeconds(300), "openid", null, NOW),
                new ProviderEndpoints("http://op/token", null, null));
        assertEquals("a1", renewal.afterRejection("a0"));
        assertEquals("a1", renewal.afterRejection("a0"), "a caller that saw the old token gets the new one");
        assertEquals(1, provider.grants.get());
    }

    @Test
    void aRefreshWithoutIdTokenKeepsTheLastOneAndGoesOn() {
        provider.includeIdToken = false;
        assertEquals("a1", renewal.freshAccessToken());
        assertEquals("id0", renewal.holder.tokens().orElseThrow().idToken());
    }

    @Test
    void aRefusedRefreshEndsTheSessionForGood() {
        provider.validRefreshToken = "revoked-elsewhere";
        assertThrows(SessionEndedException.class, renewal::freshAccessToken);
        assertTrue(renewal.holder.endedBecause().isPresent());
        assertThrows(SessionEndedException.class, renewal::freshAccessToken, "no second attempt with a dead token");
        assertEquals(1, provider.grants.get());
    }

    @Test
    void providerDownStillUsesATokenThatHasNotExpiredYet() {
        provider.down = true;
        assertEquals("a0", renewal.freshAccessToken(), "5 s left: keep working");
        renewal.clock = Clock.fixed(NOW.plusSeconds(6), ZoneOffset.UTC);
        assertThrows(SessionEndedException.class, renewal::freshAccessToken, "expired and no way to renew it");
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        List<String> revoked = new ArrayList<>();
        renewal.endpoint = new RotatingEndpoint() {
            @Override
            public boolean revoke(String url, String token, String hint) {
                revoked.add(url + " " + token + " " + hint);
                return true;
            }
        };
        renewal.revokeAtLogout();
        assertEquals(List.of("http://op/revoke r0 refresh_token"), revoked);
        assertThrows(SessionEndedException.class, renewal::freshAccessToken);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
