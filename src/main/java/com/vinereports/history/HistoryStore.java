package com.vinereports.history;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.DashboardFigures;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/** What the history keeps and reads, in Jakarta Persistence terms; every method is one or more transactions. */
public final class HistoryStore {

    /** Matters per transaction when recording: a 50,000-matter org is not one unit of work held in memory. */
    static final int CHUNK = 1_000;

    private final HistoryDatabase database;

    public HistoryStore(HistoryDatabase database) {
        this.database = database;
    }

    /**
     * Keeps a transition for each matter whose phase, phase date or archived flag differs from its last kept state
     * (or that is new); returns how many were kept. Each chunk commits on its own: every kept row is true whatever
     * happens to the next chunk.
     */
    public int recordMatters(int orgId, List<ProjectRow> matters, LocalDate seenOn) {
        return recordMatters(orgId, matters, seenOn, nanos -> {
        });
    }

    /** As above; {@code afterChunk} hears how long each written chunk took (the recorder paces itself with it). */
    public int recordMatters(int orgId, List<ProjectRow> matters, LocalDate seenOn, LongConsumer afterChunk) {
        Map<Integer, Transition> last = lastStates(orgId);
        int kept = 0;
        for (int from = 0; from < matters.size(); from += CHUNK) {
            long started = System.nanoTime();
            List<Transition> changed = new ArrayList<>();
            for (ProjectRow matter : matters.subList(from, Math.min(matters.size(), from + CHUNK))) {
                Transition before = last.get(matter.id());
                if (before == null || !before.sameState(matter.phaseName(), matter.phaseDate(), matter.archived())) {
                    Transition next = new Transition(matter.id(), before == null ? 1 : before.seq() + 1,
                            matter.projectTypeCode(), matter.phaseName(), matter.phaseDate(), matter.archived(), seenOn, false);
                    changed.add(next);
                    last.put(matter.id(), next);
                }
            }
            if (!changed.isEmpty()) {
                keep(orgId, changed);
                kept += changed.size();
                afterChunk.accept(System.nanoTime() - started);
            }
        }
        return kept;
    }

    /**
     * Writes transitions as they are (the recorder's, and the demo's back-fill), in one transaction, and moves each
     * matter's last state to its latest one. A matter whose first transition (seq 1) is among them is new.
     */
    public void keep(int orgId, List<Transition> transitions) {
        Map<Integer, Transition> latest = new HashMap<>();
        Set<Integer> added = new HashSet<>();
        for (Transition transition : transitions) {
            latest.merge(transition.projectId(), transition, (a, b) -> a.seq() >= b.seq() ? a : b);
            if (transition.seq() == 1) {
                added.add(transition.projectId());
            }
        }
        database.inTransaction(manager -> {
            transitions.forEach(transition -> manager.persist(new PhaseObservation(orgId, transition)));
            latest.values().forEach(last -> {
                if (added.contains(last.projectId())) {
                    manager.persist(new MatterState(orgId, last));
                } else {
                    manager.createQuery("update MatterState s set s.seq = :seq, s.phaseName = :phase, "
                                    + "s.phaseDate = :phaseDate, s.archived = :archived where s.id = :id")
                            .setParameter("seq", last.seq()).setParameter("phase", last.phaseName())
                            .setParameter("phaseDate", last.phaseDate()).setParameter("archived", last.archived())
                            .setParameter("id", MatterState.key(orgId, last.projectId())).executeUpdate();
                }
            });
            return null;
        });
    }

    private Map<Integer, Transition> lastStates(int orgId) {
        List<Object[]> rows = database.reading(manager -> manager.createQuery(
                        "select s.projectId, s.seq, s.phaseName, s.phaseDate, s.archived from MatterState s where s.orgId = :org",
                        Object[].class).setParameter("org", orgId).getResultList());
        Map<Integer, Transition> states = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            states.put((Integer) row[0], new Transition((Integer) row[0], (Integer) row[1], null, (String) row[2],
                    (LocalDate) row[3], (Boolean) row[4], null, false));
        }
        return states;
    }

    /** The day's figures for one user and org: the day's latest view replaces an earlier one, in one transaction. */
    public void recordFigures(int orgId, int userId, LocalDate day, DashboardFigures figures, Instant at, boolean demo) {
        database.inTransaction(manager -> {
            DailyFigures kept = manager.find(DailyFigures.class, DailyFigures.key(orgId, userId, day));
            if (kept == null) {
                kept = new DailyFigures(orgId, userId, day);
                kept.take(figures, at, demo);
                manager.persist(kept);
            } else {
                kept.take(figures, at, demo);
            }
            return null;
        });
    }

    /** One user's days in one org, oldest first. */
    public List<DaySnapshot> figures(int orgId, int userId) {
        return database.reading(manager -> manager.createQuery(
                        "select f from DailyFigures f where f.orgId = :org and f.userId = :user order by f.day", DailyFigures.class)
                .setParameter("org", orgId).setParameter("user", userId).getResultList()
                .stream().map(DailyFigures::snapshot).toList());
    }

    /** The transitions kept of the given matters of one org, each matter's in order. */
    public Map<Integer, List<Transition>> transitions(int orgId, Collection<Integer> projectIds) {
        Set<Integer> wanted = Set.copyOf(projectIds);
        Map<Integer, List<Transition>> byMatter = new HashMap<>();
        database.reading(manager -> manager.createQuery(
                        "select o from PhaseObservation o where o.orgId = :org order by o.projectId, o.seq", PhaseObservation.class)
                .setParameter("org", orgId).getResultStream()
                .map(PhaseObservation::transition)
                .filter(t -> wanted.contains(t.projectId()))
                .peek(t -> byMatter.computeIfAbsent(t.projectId(), id -> new ArrayList<>()).add(t))
                .count());
        return byMatter;
    }

    /** The first day anything was kept for this org, if anything was. */
    public Optional<LocalDate> firstDay(int orgId) {
        return Optional.ofNullable(database.reading(manager -> manager.createQuery(
                "select min(o.seenOn) from PhaseObservation o where o.orgId = :org", LocalDate.class)
                .setParameter("org", orgId).getSingleResult()));
    }

    /** Deletes what is older than {@code before} (the matters' last states stay: they are not history). */
    public int purge(LocalDate before) {
        return database.inTransaction(manager -> deleteBefore(manager, "PhaseObservation", "seenOn", before)
                + deleteBefore(manager, "DailyFigures", "day", before));
    }

    private static int deleteBefore(EntityManager manager, String entity, String field, LocalDate before) {
        return manager.createQuery("delete from " + entity + " e where e." + field + " < :before")
                .setParameter("before", before).executeUpdate();
    }
}
