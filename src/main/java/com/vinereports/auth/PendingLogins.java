package com.vinereports.auth;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Authorization requests this session sent to the provider, by {@code state}: the PKCE verifier for the code
 * exchange, and the URL, so that a second tab asking for a login moments later joins the first login instead
 * of replacing it (the mechanism keeps one state per session: two logins at once would fail one another).
 */
@SessionScoped
public class PendingLogins implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long another tab may join a login in progress; a user typing a password needs about this long. */
    static final Duration JOINABLE = Duration.ofMinutes(2);
    private static final int KEPT = 8;

    /**
     * @param authorizationUrl  the full redirect to the provider, PKCE challenge included (no secret in it)
     * @param verifier          the PKCE code verifier, sent only to the token endpoint
     */
    public record Login(String state, String authorizationUrl, String verifier, Instant issuedAt, boolean consumed)
            implements Serializable {
    }

    private final Map<String, Login> byState = new LinkedHashMap<>();

    synchronized void add(Login login) {
        byState.put(login.state(), login);
        if (byState.size() > KEPT) {
            byState.remove(byState.keySet().iterator().next());
        }
    }

    /** The newest login still waiting for its callback, if it is recent enough to join. */
    synchronized Optional<Login> joinable(Instant now) {
        return byState.values().stream()
                .filter(login -> !login.consumed() && login.issuedAt().plus(JOINABLE).isAfter(now))
                .max(Comparator.comparing(Login::issuedAt));
    }

    synchronized Optional<Login> find(String state) {
        return Optional.ofNullable(state).map(byState::get);
    }

    /** Marks the login as answered: its code may be exchanged once, and nobody joins it any more. */
    synchronized void consume(String state) {
        byState.computeIfPresent(state, (key, login) ->
                new Login(login.state(), login.authorizationUrl(), login.verifier(), login.issuedAt(), true));
    }

}
