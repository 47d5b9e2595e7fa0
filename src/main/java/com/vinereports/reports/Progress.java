package com.vinereports.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far long-running work is (an export, a report that needs many Filevine pages), for the page that started
 * it to show. Keyed by the session and an id (the page's random id, or a report's name), so nobody reads
 * another session's progress; entries go ten minutes after they finish.
 */
@ApplicationScoped
public class Progress {

    /** Rows done so far, of how many (0 while unknown), and how it ended. */
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
