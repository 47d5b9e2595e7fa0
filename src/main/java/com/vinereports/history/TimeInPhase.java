package com.vinereports.history;

import com.vinereports.filevine.ProjectRow;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long matters stay in each phase, per project type: from the kept transitions (a phase left: the next phase's
 * date minus this one's) and, for open matters, their current phase so far (today minus Filevine's phaseDate, so the
 * report means something from the first day). "Stuck": open matters in their current phase longer than that
 * phase's 90th percentile, where the phase has at least {@value #MIN_STAYS_FOR_STUCK} stays to compare with.
 *
 * @param historyAvailable false when the history database could not be read: the report stands on phaseDate alone
 * @param historySince     the first day of kept history (null: none yet, the report stands on phaseDate alone)
 */
public record TimeInPhase(LocalDate today, boolean historyAvailable, LocalDate historySince, boolean includesDemoData, List<Phase> phases,
                          List<Stuck> stuck) implements Serializable {

    static final int MIN_STAYS_FOR_STUCK = 5;

    /** One phase of one project type: how many stays were measured, and their median and 90th percentile in days. */
    public record Phase(String projectType, String phase, int stays, int current, long medianDays, long p90Days)
            implements Serializable {
        @JsonbTransient
        public String getProjectType() {
            return projectType;
        }

        @JsonbTransient
        public String getPhase() {
            return phase;
        }

        @JsonbTransient
        public int getStays() {
            return stays;
        }

        @JsonbTransient
        public int getCurrent() {
            return current;
        }

        @JsonbTransient
        public long getMedianDays() {
            return medianDays;
        }

        @JsonbTransient
        public long getP90Days() {
            return p90Days;
        }
    }

    /** An open matter in its current phase for longer than the phase's 90th percentile. */
    public record Stuck(int projectId, String number, String projectName, String projectType, String phase,
                        LocalDate phaseDate, long days, long p90Days) implements Serializable {
        @JsonbTransient
        public int getProjectId() {
            return projectId;
        }

        @JsonbTransient
        public String getNumber() {
            return number;
        }

        @JsonbTransient
        public String getProjectName() {
            return projectName;
        }

        @JsonbTransient
        public String getProjectType() {
            return projectType;
        }

        @JsonbTransient
        public String getPhase() {
            return phase;
        }

        @JsonbTransient
        public LocalDate getPhaseDate() {
            return phaseDate;
        }

        @JsonbTransient
        public long getDays() {
            return days;
        }

        @JsonbTransient
        public long getP90Days() {
            return p90Days;
        }
    }

    private record Key(String type, String phase) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Comparator.comparing(Key::type).thenComparing(Key::phase).compare(this, other);
        }
    }

    /** From the user's current matters and the transitions kept of those matters (and no others). */
    public static TimeInPhase of(List<ProjectRow> matters, Map<Integer, List<Transition>> history, LocalDate today,
                                 boolean historyAvailable, LocalDate historySince) {
        Map<Key, List<Long>> stays = new TreeMap<>();
        Map<Key, Integer> current = new TreeMap<>();
        boolean demo = false;
        for (ProjectRow matter : matters) {
            List<Transition> kept = history.getOrDefault(matter.id(), List.of());
            for (int i = 0; i + 1 < kept.size(); i++) {
                Transition stay = kept.get(i);
                Transition next = kept.get(i + 1);
                demo |= stay.demo();
                if (left(stay, next)) {
                    stays.computeIfAbsent(key(type(matter, stay), stay.phaseName()), k -> new ArrayList<>())
                            .add(ChronoUnit.DAYS.between(stay.phaseDate(), next.phaseDate()));
                }
            }
            if (!matter.archived() && matter.phaseDate() != null && !matter.phaseDate().isAfter(today)) {
                Key key = key(matter.projectTypeCode(), matter.phaseName());
                stays.computeIfAbsent(key, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(matter.phaseDate(), today));
                current.merge(key, 1, Integer::sum);
            }
        }
        List<Phase> phases = new ArrayList<>();
        Map<Key, Long> p90 = new TreeMap<>();
        stays.forEach((key, days) -> {
            List<Long> sorted = days.stream().sorted().toList();
            long p90Days = percentile(sorted, 90);
            phases.add(new Phase(key.type(), key.phase(), sorted.size(), current.getOrDefault(key, 0),
                    percentile(sorted, 50), p90Days));
            if (sorted.size() >= MIN_STAYS_FOR_STUCK) {
                p90.put(key, p90Days);
            }
        });
        List<Stuck> stuck = matters.stream()
                .filter(m -> !m.archived() && m.phaseDate() != null)
                .map(m -> {
                    Long limit = p90.get(key(m.projectTypeCode(), m.phaseName()));
                    long days = ChronoUnit.DAYS.between(m.phaseDate(), today);
                    return limit == null || days <= limit ? null
                            : new Stuck(m.id(), m.number(), m.projectName(), label(m.projectTypeCode(), "(no type)"),
                            label(m.phaseName(), "(no phase)"), m.phaseDate(), days, limit);
                })
                .filter(s -> s != null)
                .sorted(Comparator.comparingLong((Stuck s) -> s.days() - s.p90Days()).reversed()
                        .thenComparingInt(Stuck::projectId))
                .toList();
        return new TimeInPhase(today, historyAvailable, historySince, demo, List.copyOf(phases), stuck);
    }

    /** A stay ended when the next kept state is another phase (or the same phase entered again), both dated. */
    private static boolean left(Transition stay, Transition next) {
        return stay.phaseDate() != null && next.phaseDate() != null && !next.phaseDate().isBefore(stay.phaseDate())
                && !next.phaseDate().equals(stay.phaseDate());
    }

    /** The type the matter had then (kept with the transition), or its current one. */
    private static String type(ProjectRow matter, Transition stay) {
        return stay.projectType() != null ? stay.projectType() : matter.projectTypeCode();
    }

    private static Key key(String type, String phase) {
        return new Key(label(type, "(no type)"), label(phase, "(no phase)"));
    }

    private static String label(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    /** Nearest rank: the smallest value with at least {@code percent}% of the values at or below it. */
    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @JsonbTransient
    public List<Phase> getPhases() {
        return phases;
    }

    @JsonbTransient
    public List<Stuck> getStuck() {
        return stuck;
    }
}
