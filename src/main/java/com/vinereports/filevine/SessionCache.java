package com.vinereports.filevine;

import com.vinereports.auth.OrgChosen;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    @SuppressWarnings("unchecked")
    public <T extends Serializable> T get(int userId, int orgId, String what, Supplier<T> load) {
        String key = userId + "/" + orgId + "/" + what;
        Entry entry = entries.get(key);
        if (entry != null && entry.storedAt().plus(TTL).isAfter(Instant.now())) {
            return (T) entry.value();
        }
        T value = load.get();
        entries.put(key, new Entry(value, Instant.now()));
        return value;
    }

    /** Drops one kind of entry for every user and org of this session (a "refresh" button). */
    public void forget(String what) {
        entries.keySet().removeIf(key -> key.endsWith("/" + what));
    }

    void orgChosen(@Observes(notifyObserver = Reception.IF_EXISTS) OrgChosen chosen) {
        entries.clear();
    }

}
