package com.vinereports.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far running exports are, for the page that started one to show. Keyed by the session and an id the page
 * chose, so nobody reads another session's progress; entries go ten minutes after they finish.
 */
@ApplicationScoped
public class ExportProgress {

    /** Rows written so far, of how many (0 while unknown), and how it ended. */
    public record State(int rows, int total, boolean finished, String problem) {
    }

    private record Key(String session, String id) {
    }

    private record Entry(State state, Instant updated) {
    }

    private final Map<Key, Entry> running = new ConcurrentHashMap<>();

    public void update(String session, String id, State state) {
        if (id == null) {
            return;
        }
        Instant now = Instant.now();
        running.values().removeIf(entry -> entry.state().finished() && entry.updated().plus(Duration.ofMinutes(10)).isBefore(now));
        running.put(new Key(session, id), new Entry(state, now));
    }

    public Optional<State> of(String session, String id) {
        return Optional.ofNullable(running.get(new Key(session, id))).map(Entry::state);
    }
}
