package com.vinereports.auth;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The session's tokens after login: access, refresh and ID token, absolute expiry, granted scopes.
 *
 * <p>It only holds them. {@link TokenRenewal} is the one collaborator that changes them, always while holding
 * {@link #lock()}, which is what makes a refresh single-flight per session (across nodes: see TokenRenewal). Like
 * everything in the session it is serializable and travels with it to another node. The mechanism's own
 * {@code OpenIdContext} keeps the login's tokens and is never refreshed ({@code tokenAutoRefresh} is off);
 * nothing reads tokens from it after the sign-in callback.
 */
@SessionScoped
public class TokenHolder implements Serializable {

    private static final long serialVersionUID = 1L;

    private TokenSet tokens;
    private ProviderEndpoints endpoints;
    /** Names this session's tokens on the grid (a random id: never the session id, never a token). */
    private String sharedKey;
    private Instant lastRefreshAt;
    private int refreshes;
    private String endedBecause;
    private boolean refreshTokenRevoked;

    /**
     * Looked up when the session ends rather than injected: an injected event is serialised with the session on
     * every request of a cluster (about 2 KB), for a use at most once in its life.
     */
    transient Event<LeftoverRefreshToken> leftover;

    void start(TokenSet tokens, ProviderEndpoints endpoints) {
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.sharedKey = UUID.randomUUID().toString();
        this.lastRefreshAt = null;
        this.refreshes = 0;
        this.endedBecause = null;
    }

    void replace(TokenSet next, Instant at) {
        this.tokens = next;
        this.lastRefreshAt = at;
        this.refreshes++;
    }

    /** Takes over what another node of the cluster refreshed for this session (its {@code refreshes}-th refresh). */
    void adopt(TokenSet next, int refreshCount, Instant at) {
        this.tokens = next;
        this.lastRefreshAt = at;
        this.refreshes = refreshCount;
    }

    void end(String because) {
        this.endedBecause = because;
    }

    /** Logout revoked the refresh token already: the end of the session has nothing left to revoke. */
    void refreshTokenRevoked() {
        this.refreshTokenRevoked = true;
    }

    /**
     * The HTTP session ends, however it ends (invalidated at logout or after idling, or expired by the
     * container): a refresh token still held is handed over for revocation, once.
     */
    @PreDestroy
    void sessionEnds() {
        if (tokens != null && tokens.hasRefreshToken() && !refreshTokenRevoked && endpoints != null) {
            refreshTokenRevoked = true;
            Event<LeftoverRefreshToken> handOver = leftover != null ? leftover
                    : CDI.current().getBeanManager().getEvent().select(LeftoverRefreshToken.class);
            handOver.fire(new LeftoverRefreshToken(tokens.refreshToken(), endpoints));
        }
    }

    /**
     * The monitor refreshes synchronise on within this node ({@link TokenRenewal} adds the grid's lock across nodes).
     * Called through the CDI client proxy this returns the session's
     * real instance (never the proxy), so every request of one session locks the same object.
     */
    Object lock() {
        return this;
    }

    public boolean isHolding() {
        return tokens != null;
    }

    public Optional<TokenSet> tokens() {
        return Optional.ofNullable(tokens);
    }

    /** The key of this session's tokens on the grid; empty before sign-in. */
    Optional<String> sharedKey() {
        return Optional.ofNullable(sharedKey);
    }

    public Optional<ProviderEndpoints> endpoints() {
        return Optional.ofNullable(endpoints);
    }

    /** Why the Filevine session ended (refresh refused, provider unreachable), or empty while it lasts. */
    public Optional<String> endedBecause() {
        return Optional.ofNullable(endedBecause);
    }

    public Optional<Instant> lastRefreshAt() {
        return Optional.ofNullable(lastRefreshAt);
    }

    public int refreshes() {
        return refreshes;
    }
}
