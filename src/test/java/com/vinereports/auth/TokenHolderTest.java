package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's refresh token is handed over for revocation once as the session ends, unless logout revoked it. */
class TokenHolderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final List<LeftoverRefreshToken> fired = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private TokenHolder holder() {
        TokenHolder holder = new TokenHolder();
        holder.leftover = (Event<LeftoverRefreshToken>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        fired.add((LeftoverRefreshToken) args[0]);
                    }
                    return null;
                });
        holder.start(new TokenSet("a", "r", "id", NOW.plusSeconds(300), "openid", null, NOW),
                new ProviderEndpoints("http://op/token", "http://op/revoke", null));
        return holder;
    }

    @Test
    void anEndingSessionHandsItsRefreshTokenOverOnce() {
        TokenHolder holder = holder();
        holder.sessionEnds();
        holder.sessionEnds();
        assertEquals(1, fired.size());
        assertEquals("r", fired.get(0).refreshToken());
    }

    @Test
    void afterLogoutRevokedItThereIsNothingLeft() {
        TokenHolder holder = holder();
        holder.refreshTokenRevoked();
        holder.sessionEnds();
        assertEquals(0, fired.size());
    }
}
