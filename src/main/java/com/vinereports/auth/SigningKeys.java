package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which signing keys ({@code kid}) of the provider the app has seen sign a good ID token, and a gate for the others.
 *
 * <p>Why: the mechanism's key set (nimbus' {@code RemoteJWKSet} inside Soteria) downloads the provider's keys again
 * for every ID token whose {@code kid} it does not hold. That is right once, after a key rotation, but a stream of
 * tokens with made-up key ids would make it download the key set on every sign-in. So an ID token with a key id
 * the app has not seen sign in successfully is let through to the mechanism as a <em>probe</em>: one probe at a
 * time (others wait for it), and after a probe that did not sign in, none for {@link #QUIET_AFTER_FAILED_PROBE}:
 * tokens with unknown keys are then refused without reaching the mechanism. A rotation therefore signs in after
 * the mechanism's one download; a flood of unknown keys costs at most one download every few seconds. Known keys
 * are forgotten after {@link #KNOWN_FOR} (the mechanism's own cache lifetime), so that a key the provider withdrew
 * is not vouched for longer than the mechanism would hold it.
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration QUIET_AFTER_FAILED_PROBE = Duration.ofSeconds(5);
    static final Duration KNOWN_FOR = Duration.ofMinutes(5);
    /** How long a sign-in waits for another one's probe before giving up on its own. */
    static final Duration WAIT_FOR_PROBE = Duration.ofSeconds(10);
    private static final int MAX_KNOWN = 32;

    private final Map<String, Instant> known = new ConcurrentHashMap<>();
    private final ThreadLocal<String> probing = new ThreadLocal<>();
    private String probeKid;
    private Instant quietUntil = Instant.MIN;

    /**
     * Whether an ID token signed with {@code kid} may go on to the mechanism: empty if so (known, absent, or this
     * thread now probes it), else why not, in words for the log. {@link #settle} must follow on this thread.
     */
    public Optional<String> admit(String kid) {
        if (kid == null || isKnown(kid, Instant.now())) {
            return Optional.empty();
        }
        synchronized (this) {
            long deadline = System.nanoTime() + WAIT_FOR_PROBE.toNanos();
            while (probeKid != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.of("the ID token is signed with a key the app could not check yet (another"
                            + " sign-in is checking the provider's keys)");
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.of("the sign-in was interrupted");
                }
            }
            Instant now = Instant.now();
            if (isKnown(kid, now)) {
                return Optional.empty();
            }
            if (now.isBefore(quietUntil)) {
                return Optional.of("the ID token is signed with a key the provider did not publish"
                        + " (its keys were checked less than " + QUIET_AFTER_FAILED_PROBE.toSeconds() + " s ago)");
            }
            probeKid = kid;
            probing.set(kid);
            return Optional.empty();
        }
    }

    /**
     * After a sign-in's code exchange, whatever its end, on the thread that ran it: the key of this thread's probe
     * is known from now on if it signed the user in; if not, further probes wait a while. Safe to call when nothing
     * was probed.
     */
    public void settle(boolean signedIn) {
        String probed = probing.get();
        if (probed == null) {
            return;
        }
        probing.remove();
        Instant now = Instant.now();
        if (signedIn) {
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.put(probed, now);
        }
        synchronized (this) {
            if (!signedIn) {
                quietUntil = now.plus(QUIET_AFTER_FAILED_PROBE);
            }
            probeKid = null;
            notifyAll();
        }
    }

    private boolean isKnown(String kid, Instant now) {
        Instant seen = known.get(kid);
        return seen != null && seen.plus(KNOWN_FOR).isAfter(now);
    }
}
