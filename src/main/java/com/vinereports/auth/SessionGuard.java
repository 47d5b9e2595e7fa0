package com.vinereports.auth;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a signed-in request's Filevine session alive, and ends it cleanly when it cannot be.
 *
 * <p>Before the request: refreshes the tokens if the access token runs out within the margin, so that the
 * page or API call that follows never starts with a token about to expire (the gateway checks again before
 * each Filevine call, for long requests). When the refresh is refused, or Filevine rejects the renewed
 * token later in the request, the answer is {@link SessionEndAnswer}'s: login for a page, a partial-response
 * redirect for JSF AJAX, a 401 for JSON. Mapped in web.xml, before the tenant filter. It also keeps the
 * session's idle time-out honest (see {@link #idleTooLong}) and ends a session past its absolute lifetime
 * ({@code vine.session-max-hours}); either way the session's refresh token is revoked as it ends.
 */
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    TokenHolder holder;

    @Inject
    TokenRenewal renewal;

    /** The session-status check, which must not count as activity (a page left open would never time out). */
    public static final String STATUS_PATH = "/api/v1/session";
    /** Progress polls of exports and reports: scripts, not the user, so no activity either. */
    public static final String PROGRESS_PATHS = "/api/v1/progress/";
    /** Session attribute: when the user last did something (an {@link Instant}). */
    public static final String LAST_ACTIVITY = "com.vinereports.lastActivity";
    /** Session attribute: when the user signed in (an {@link Instant}), for the absolute lifetime. */
    public static final String SIGNED_IN_AT = "com.vinereports.signedInAt";

    /** However active, a session ends this long after sign-in (then a new login, with a new session). */
    @Inject
    @ConfigProperty(name = MAX_HOURS, defaultValue = MAX_HOURS_DEFAULT)
    double maxHours;

    /** The setting's name and default, shared with the session status that shows the end. */
    public static final String MAX_HOURS = "vine.session-max-hours";
    public static final String MAX_HOURS_DEFAULT = "12";

    /** Past the absolute lifetime: signed in longer ago than {@code maxHours}. */
    static boolean pastLifetime(Object signedInAt, double maxHours, Instant now) {
        return lifetimeEnd(signedInAt, maxHours).map(end -> end.isBefore(now)).orElse(false);
    }

    /** When a session signed in at {@code signedInAt} ends however active it is (none if no limit is set). */
    public static Optional<Instant> lifetimeEnd(Object signedInAt, double maxHours) {
        return signedInAt instanceof Instant at && maxHours > 0
                ? Optional.of(at.plusMillis((long) (maxHours * 3_600_000))) : Optional.empty();
    }

    /**
     * The container counts every request as activity, the status check included; the app counts only what the
     * user does, and ends the session itself after the same idle time.
     */
    private static boolean idleTooLong(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Instant now = Instant.now();
        Object last = session.getAttribute(LAST_ACTIVITY);
        int idle = session.getMaxInactiveInterval();
        if (idle > 0 && last instanceof Instant at && at.plusSeconds(idle).isBefore(now)) {
            return true;
        }
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if (!STATUS_PATH.equals(path) && !path.startsWith(PROGRESS_PATHS)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return false;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            guard(request, response, chain);
        } catch (IllegalStateException invalidated) {
            // The container invalidated the session under this request (Payara Server's session reaper does, at
            // the idle time-out, between the mechanism's look at the session and this one): an ended session,
            // answered as one, not a 500. Anything else is not ours to hide.
            if (request.getRequestedSessionId() == null || request.isRequestedSessionIdValid() || response.isCommitted()) {
                throw invalidated;
            }
            SessionEndAnswer.notSignedIn(request, response);
        }
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean tooOld = session != null && pastLifetime(session.getAttribute(SIGNED_IN_AT), maxHours, Instant.now());
        if (request.getUserPrincipal() != null && (tooOld || idleTooLong(request))) {
            SessionEndAnswer.endAppSession(request);
            SessionEndAnswer.notSignedIn(request, response);
            return;
        }
        if (request.getUserPrincipal() != null && holder.isHolding()) {
            try {
                renewal.freshAccessToken();
            } catch (SessionEndedException ended) {
                SessionEndAnswer.sessionEnded(request, response);
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!SessionEndedException.isCauseOf(failure)) {
                throw failure;
            }
            SessionEndAnswer.sessionEnded(request, response);
        }
    }

}
