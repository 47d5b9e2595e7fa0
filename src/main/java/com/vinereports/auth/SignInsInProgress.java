package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sessions of this node whose browser is at the provider's login, oldest first, at most
 * {@code vine.sign-ins-in-progress-max} of them. Anyone can start a sign-in, and each start keeps a session for
 * {@code vine.sign-in-idle-seconds}; a flood of starts would fill the heap for that long. Past the limit the oldest
 * such session ends: its user, if there is one, comes back to "The sign-in took too long" and signs in again.
 */
@ApplicationScoped
public class SignInsInProgress {

    private static final Logger LOG = Logger.getLogger(SignInsInProgress.class.getName());
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    /** The setting's name and default: a firm's morning rush is tens of sign-ins a minute, not thousands. */
    public static final String MAX = "vine.sign-ins-in-progress-max";
    public static final String MAX_DEFAULT = "1000";

    @Inject
    @ConfigProperty(name = MAX, defaultValue = MAX_DEFAULT)
    int max;

    /** By session id, in the order their sign-in started (a restart does not move a session). */
    private final Map<String, HttpSession> byAge = new LinkedHashMap<>();
    private Instant lastWarning = Instant.EPOCH;

    /** The session has just sent its browser to the provider; past the limit, the oldest such session ends. */
    public void started(HttpSession session) {
        List<HttpSession> ended = new ArrayList<>();
        synchronized (this) {
            byAge.putIfAbsent(session.getId(), session);
            Iterator<HttpSession> oldest = byAge.values().iterator();
            while (byAge.size() > Math.max(1, max)) {
                ended.add(oldest.next());
                oldest.remove();
            }
        }
        if (!ended.isEmpty()) {
            warn();
            ended.forEach(SignInsInProgress::end); // outside the lock: invalidation calls the session listeners
        }
    }

    /** The session's sign-in is over (signed in, refused, or the session ended); call before its id changes. */
    public synchronized void over(String sessionId) {
        byAge.remove(sessionId);
    }

    /** How many sessions of this node are at the provider's login now. */
    public synchronized int count() {
        return byAge.size();
    }

    private static void end(HttpSession session) {
        try {
            if (session.getAttribute(SessionGuard.SIGNED_IN_AT) == null) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyEnded) {
            // It timed out or was ended meanwhile: nothing left to end.
        }
    }

    private void warn() {
        Instant now = Instant.now();
        synchronized (this) {
            if (lastWarning.plus(WARN_EVERY).isAfter(now)) {
                return;
            }
            lastWarning = now;
        }
        LOG.warning(() -> "More than " + max + " sign-ins in progress on this node (" + MAX + "): the oldest are ended,"
                + " their users are asked to sign in again. A flood of sign-in starts, or a limit too low for the firm.");
    }
}
