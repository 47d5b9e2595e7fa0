package com.vinereports.reports;

import com.vinereports.filevine.ProjectRow;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's numbers for one org, computed from its matters as plain Java (so they can be checked against
 * the seed's ground truth without a server). "Open" means not archived; the staleness counts are open matters
 * whose last activity is older than the given number of days.
 *
 * @param newPerMonth the last twelve months, oldest first, counting matters created in each (archived too)
 * @param typeIds     the project type id behind each code of {@code byType}, as the matters carry them (Filevine's
 *                    list of project types has no codes), so that a bar can link to its matters
 */
public record DashboardFigures(LocalDate today, int open, int newThisMonth, int noActivity30, int noActivity60,
                               int noActivity90, int archived, List<Count> byPhase, List<Count> byType,
                               List<Count> newPerMonth, List<Count> caseloadByPrimary, Map<String, Integer> typeIds)
        implements Serializable {

    /** One bar of a chart: a label and how many matters it stands for. */
    public record Count(String label, int count) implements Serializable {
        // Getters for Faces EL, which reads records only from Jakarta EE 11 on; not for JSON, which has the components.
        @JsonbTransient
        public String getLabel() {
            return label;
        }

        @JsonbTransient

        public int getCount() {
            return count;
        }
    }

    public static DashboardFigures of(List<ProjectRow> matters, LocalDate today) {
        List<ProjectRow> open = matters.stream().filter(m -> !m.archived()).toList();
        YearMonth month = YearMonth.from(today);
        return new DashboardFigures(today, open.size(),
                (int) matters.stream().filter(m -> m.createdDate() != null && YearMonth.from(m.createdDate()).equals(month)).count(),
                stale(open, today, 30), stale(open, today, 60), stale(open, today, 90),
                matters.size() - open.size(),
                counts(open, m -> m.phaseName() == null ? "(no phase)" : m.phaseName()),
                counts(open, m -> m.projectTypeCode() == null ? "(no type)" : m.projectTypeCode()),
                perMonth(matters, month),
                counts(open, m -> m.primary() == null || m.primary().isBlank() ? "(nobody)" : m.primary()),
                typeIds(matters));
    }

    private static Map<String, Integer> typeIds(List<ProjectRow> matters) {
        Map<String, Integer> ids = new TreeMap<>();
        matters.stream().filter(m -> m.projectTypeCode() != null && m.projectTypeId() != 0)
                .forEach(m -> ids.putIfAbsent(m.projectTypeCode(), m.projectTypeId()));
        return ids;
    }

    /** The instant before which a matter's last activity makes it stale after {@code days}. */
    public static Instant staleBefore(LocalDate today, int days) {
        return today.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static int stale(List<ProjectRow> open, LocalDate today, int days) {
        Instant before = staleBefore(today, days);
        return (int) open.stream().filter(m -> m.lastActivity() == null || m.lastActivity().isBefore(before)).count();
    }

    /** Largest first; ties by label, so the order is stable from one view to the next. */
    private static List<Count> counts(List<ProjectRow> matters, Function<ProjectRow, String> label) {
        Map<String, Long> counted = matters.stream().collect(Collectors.groupingBy(label, Collectors.counting()));
        return counted.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Count(entry.getKey(), entry.getValue().intValue()))
                .toList();
    }

    private static List<Count> perMonth(List<ProjectRow> matters, YearMonth current) {
        Map<YearMonth, Integer> months = new LinkedHashMap<>();
        for (int back = 11; back >= 0; back--) {
            months.put(current.minusMonths(back), 0);
        }
        matters.stream().filter(m -> m.createdDate() != null).map(m -> YearMonth.from(m.createdDate()))
                .filter(months::containsKey).forEach(m -> months.merge(m, 1, Integer::sum));
        List<Count> counts = new ArrayList<>();
        months.forEach((m, n) -> counts.add(new Count(m.toString(), n)));
        return counts;
    }

    public int total() {
        return open + archived;
    }
}
