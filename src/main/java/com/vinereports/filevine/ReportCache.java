package com.vinereports.filevine;

import com.vinereports.grid.Grid;
import com.vinereports.grid.GridMap;
import com.vinereports.grid.GridSession;
import com.vinereports.grid.GridValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Report results and slow-changing Filevine data (dashboard figures, the profile's membership, project types and
 * phases, the org's users, trends, time in phase) kept for {@link GridMap#REPORTS}' 15 minutes, so that a page
 * does not ask Filevine again for what it asked a minute ago. Kept per session on the grid, not in the session
 * itself: a result computed on one node is served on the others (no Filevine call; the session may move to any node),
 * and the session stays small.
 *
 * <p>Every key names the session, the user and the org: nobody sees data fetched for another session, user or org.
 * Bounded per node by {@code vine.grid.max-entries} (least recently used go first).
 */
@ApplicationScoped
public class ReportCache {

    @Inject
    Grid grid;

    @Inject
    GridSession session;

    public <T extends Serializable> T get(int userId, int orgId, String what, Supplier<T> load) {
        Optional<T> kept = peek(userId, orgId, what);
        if (kept.isPresent()) {
            return kept.get();
        }
        T value = load.get();
        grid.put(GridMap.REPORTS, key(userId, orgId, what), GridValues.write(value));
        return value;
    }

    /** What is kept and still fresh, without loading it. */
    @SuppressWarnings("unchecked")
    public <T extends Serializable> Optional<T> peek(int userId, int orgId, String what) {
        return grid.get(GridMap.REPORTS, key(userId, orgId, what))
                .flatMap(bytes -> GridValues.read(bytes, Serializable.class))
                .map(value -> (T) value);
    }

    /** Drops one result of this session's user in this org (a "refresh" button). */
    public void forget(int userId, int orgId, String what) {
        grid.remove(GridMap.REPORTS, key(userId, orgId, what));
    }

    private String key(int userId, int orgId, String what) {
        return session.id() + "/" + userId + "/" + orgId + "/" + what;
    }
}
