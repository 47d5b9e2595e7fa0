package com.vinereports.auth;

import com.vinereports.grid.Grid;
import com.vinereports.grid.GridMap;
import com.vinereports.grid.GridValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.time.Clock;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that changes the session's tokens: takes them over from the login, refreshes them before
 * they run out or when Filevine rejects one, and revokes the refresh token at logout.
 *
 * <p>Single flight: a refresh runs while holding the session's {@link TokenHolder#lock()}; requests that
 * arrive meanwhile wait on the lock and then find fresh tokens (the expiry, or the rejected token, is checked
 * again inside the lock), so any number of parallel requests at expiry cost one token-endpoint call. With
 * rotating refresh tokens a second, parallel refresh would present an already used refresh token and end the
 * session: that is the bug of all three official samples.
 *
 * <p>Across nodes: the refresh also holds the session's lock on the grid, and writes the new tokens there
 * ({@link GridMap#SESSION_TOKENS}, synchronously backed up) before it returns. A node that finds tokens there newer
 * than its copy of the session takes them instead of refreshing: when the balancer sends two requests of one session
 * to two nodes at expiry, one refresh grant is made; and when a node dies right after a refresh, the node taking
 * over uses the rotated refresh token, not the one its older copy of the session may hold.
 */
@ApplicationScoped
public class TokenRenewal {

    private static final Logger LOG = Logger.getLogger(TokenRenewal.class.getName());

    @Inject
    TokenHolder holder;

    @Inject
    TokenEndpoint endpoint;

    @Inject
    Grid grid;

    /** Refresh when the access token has less than this left, so it cannot expire during a Filevine call. */
    @Inject
    @ConfigProperty(name = "filevine.refresh-margin-seconds", defaultValue = "60")
    long marginSeconds;

    Clock clock = Clock.systemUTC();

    /** At the sign-in callback: the tokens of the login become the session's. */
    public void adoptLogin(OpenIdContext login) {
        Instant now = clock.instant();
        AccessToken access = login.getAccessToken();
        TokenSet tokens = new TokenSet(access.getToken(),
                login.getRefreshToken().map(refresh -> refresh.getToken()).orElse(null),
                login.getIdentityToken().getToken(), TokenReading.expiry(access, now),
                TokenReading.scopes(access), null, now);
        holder.start(tokens, ProviderEndpoints.from(login.getProviderMetadata()));
    }

    /** An access token good for at least the margin (or half its life), refreshed first if needed. */
    public String freshAccessToken() {
        TokenSet current = current();
        if (!current.dueForRefresh(marginSeconds, clock.instant())) {
            return current.accessToken();
        }
        return singleFlight(() -> {
            TokenSet latest = latest();
            if (!latest.dueForRefresh(marginSeconds, clock.instant())) {
                return latest.accessToken(); // another request (of any node) refreshed while this one waited
            }
            return refresh(latest).accessToken();
        });
    }

    /** When the session's access token is refreshed next (for the session-status API: a time, no token). */
    public Instant refreshDueAt(TokenSet tokens) {
        return tokens.refreshDueAt(marginSeconds);
    }

    /** Filevine answered 401 to {@code rejected}: a token to retry with once, refreshed unless already newer. */
    public String afterRejection(String rejected) {
        return singleFlight(() -> {
            TokenSet current = latest();
            if (!current.accessToken().equals(rejected)) {
                return current.accessToken();
            }
            if (!current.hasRefreshToken()) {
                throw end("Filevine rejected the access token and there is no refresh token");
            }
            return refresh(current).accessToken();
        });
    }

    /** Runs {@code work} alone for this session: in this node (the holder's monitor), then across nodes (the grid). */
    private String singleFlight(Supplier<String> work) {
        synchronized (holder.lock()) {
            String key = holder.sharedKey().orElseThrow(() -> new SessionEndedException("no tokens in this session"));
            return grid.exclusive(GridMap.SESSION_TOKENS, key, work);
        }
    }

    /** The session's tokens, or the newer ones another node refreshed for it (taken over into this session). */
    private TokenSet latest() {
        TokenSet mine = current();
        holder.sharedKey().flatMap(key -> grid.get(GridMap.SESSION_TOKENS, key))
                .flatMap(bytes -> GridValues.read(bytes, SharedTokens.class))
                .filter(shared -> shared.refreshCount() > holder.refreshes())
                .ifPresent(shared -> {
                    holder.adopt(shared.tokens(), shared.refreshCount(), shared.refreshedAt());
                    LOG.fine("Took over tokens refreshed by another node");
                });
        return holder.tokens().orElse(mine);
    }

    /** A session's tokens as the grid keeps them: the {@code refreshCount}-th refresh's. */
    record SharedTokens(TokenSet tokens, int refreshCount, Instant refreshedAt) implements Serializable {
        @Override
        public String toString() {
            return "SharedTokens[refreshCount=" + refreshCount + "]"; // never a token
        }
    }

    /** Filevine rejected a token that was renewed for that very call: a new login is the only way on. */
    public SessionEndedException rejectedAfterRenewal() {
        return end("Filevine rejected a freshly renewed access token");
    }

    /** At logout: revoke the refresh token where the provider offers revocation (offline tokens outlive logout). */
    public void revokeAtLogout() {
        holder.tokens().filter(TokenSet::hasRefreshToken).ifPresent(tokens ->
                holder.endpoints().flatMap(ProviderEndpoints::revocation).ifPresent(url -> {
                    boolean revoked = endpoint.revoke(url, tokens.refreshToken(), "refresh_token");
                    LOG.log(Level.FINE, "Refresh token revoked at logout: {0}", revoked);
                }));
        holder.refreshTokenRevoked();
        holder.end("logged out");
        holder.sharedKey().ifPresent(key -> grid.remove(GridMap.SESSION_TOKENS, key));
    }

    /**
     * A session ended without a logout (idle, container expiry, absolute lifetime): its refresh token is revoked
     * too, or an {@code offline_access} token would live on for weeks after the user left.
     */
    void revokeLeftover(@Observes LeftoverRefreshToken leftover) {
        leftover.endpoints().revocation().ifPresent(url -> {
            boolean revoked = endpoint.revoke(url, leftover.refreshToken(), "refresh_token");
            LOG.log(Level.INFO, "Session ended: its refresh token {0}", revoked ? "was revoked" : "could not be revoked");
        });
    }

    private TokenSet current() {
        TokenSet tokens = holder.tokens().orElseThrow(() -> new SessionEndedException("no tokens in this session"));
        holder.endedBecause().ifPresent(reason -> {
            throw new SessionEndedException(reason);
        });
        return tokens;
    }

    private TokenSet refresh(TokenSet current) {
        Instant now = clock.instant();
        if (!current.hasRefreshToken()) {
            if (current.expiresWithin(0, now)) {
                throw end("the access token expired and the provider issued no refresh token");
            }
            return current; // nothing to refresh with: use it while it lasts
        }
        try {
            JsonObject answer = endpoint.refresh(holder.endpoints().orElseThrow(), current.refreshToken());
            TokenSet next = TokenSet.fromResponse(answer, current, now);
            if (!sameSubject(current.idToken(), next.idToken())) {
                throw end("the refreshed ID token names another user");
            }
            if (!sameIssuer(current.idToken(), next.idToken())) {
                throw end("the refreshed ID token comes from another issuer");
            }
            holder.replace(next, now);
            holder.sharedKey().ifPresent(key -> grid.put(GridMap.SESSION_TOKENS, key,
                    GridValues.write(new SharedTokens(next, holder.refreshes(), now))));
            LOG.log(Level.FINE, "Tokens refreshed, access token now valid until {0}", next.expiresAt());
            return next;
        } catch (TokenEndpoint.Refused refused) {
            throw end("the provider refused the refresh token (" + refused.getMessage() + ")");
        } catch (TokenEndpoint.Unreachable unreachable) {
            if (!current.expiresWithin(0, clock.instant())) {
                return current; // still valid for a moment: keep working, the next call tries again
            }
            throw end("the provider could not be reached to refresh an expired token");
        } catch (IllegalArgumentException malformed) {
            throw end("the provider's refresh answer had no access token");
        }
    }

    private SessionEndedException end(String reason) {
        holder.end(reason);
        LOG.log(Level.INFO, "Filevine session ended: {0}", reason);
        return new SessionEndedException(reason);
    }

    private static boolean sameIssuer(String before, String after) {
        return Objects.equals(before, after)
                || Objects.equals(TokenReading.claim(before, "iss"), TokenReading.claim(after, "iss"));
    }

    private static boolean sameSubject(String before, String after) {
        return Objects.equals(before, after)
                || Objects.equals(TokenReading.claim(before, "sub"), TokenReading.claim(after, "sub"));
    }
}
