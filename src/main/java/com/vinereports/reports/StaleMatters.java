package com.vinereports.reports;

import com.vinereports.filevine.ProjectRow;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Open matters without activity for N days, grouped by their primary: the people to ask first. Groups with the
 * most stale matters come first, and within a group the matter idle longest.
 */
public record StaleMatters(int days, Instant before, List<Group> groups) implements Serializable {

    public record Group(String primary, List<ProjectRow> matters) implements Serializable {
    }

    /** From the matters Filevine returned for latestActivityBefore + excludeArchived. */
    public static StaleMatters of(int days, Instant before, List<ProjectRow> stale) {
        Map<String, List<ProjectRow>> byPrimary = stale.stream()
                .filter(m -> !m.archived() && (m.lastActivity() == null || m.lastActivity().isBefore(before)))
                .collect(Collectors.groupingBy(m -> m.primary() == null || m.primary().isBlank() ? "(nobody)" : m.primary(),
                        LinkedHashMap::new, Collectors.toList()));
        Comparator<ProjectRow> idlest = Comparator.comparing(ProjectRow::lastActivity,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Group> groups = byPrimary.entrySet().stream()
                .map(entry -> new Group(entry.getKey(), entry.getValue().stream().sorted(idlest).toList()))
                .sorted(Comparator.comparingInt((Group g) -> g.matters().size()).reversed()
                        .thenComparing(Group::primary))
                .toList();
        return new StaleMatters(days, before, groups);
    }

    public int total() {
        return groups.stream().mapToInt(g -> g.matters().size()).sum();
    }
}
