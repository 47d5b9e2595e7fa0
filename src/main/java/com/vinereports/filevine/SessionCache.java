package com.vinereports.filevine;

import com.vinereports.auth.OrgChosen;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slow-changing Filevine data (project types and their phases, the org's users) kept for the session, so a
 * page does not ask Filevine again for what it asked a minute ago. Every key starts with the user and the
 * org, and switching org empties it: nobody sees data fetched for another user or org.
 */
@SessionScoped
public class SessionCache implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Long enough to spare Filevine, short enough that a new project type shows up within the hour. */
    static final Duration TTL = Duration.ofMinutes(15);

    private record Entry(Serializable value, Instant storedAt) implements Serializable {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public <T extends Serializable> T get(int userId, int orgId, String what, Supplier<T> load) {
        Optional<T> kept = peek(userId, orgId, what);
        if (kept.isPresent()) {
            return kept.get();
        }
        T value = load.get();
        entries.put(key(userId, orgId, what), new Entry(value, Instant.now()));
        return value;
    }

    /** What is kept and still fresh, without loading it. */
    @SuppressWarnings("unchecked")
    public <T extends Serializable> Optional<T> peek(int userId, int orgId, String what) {
        Entry entry = entries.get(key(userId, orgId, what));
        if (entry != null && entry.storedAt().plus(TTL).isAfter(Instant.now())) {
            return Optional.of((T) entry.value());
        }
        return Optional.empty();
    }

    private static String key(int userId, int orgId, String what) {
        return userId + "/" + orgId + "/" + what;
    }

    /** Drops one kind of entry for every user and org of this session (a "refresh" button). */
    public void forget(String what) {
        entries.keySet().removeIf(key -> key.endsWith("/" + what));
    }

    void orgChosen(@Observes(notifyObserver = Reception.IF_EXISTS) OrgChosen chosen) {
        entries.clear();
    }

}
