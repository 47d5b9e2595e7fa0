package com.vinereports.history;

import com.vinereports.filevine.ProjectRow;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one user's caseload in one org moved: open and stale counts from the days they looked at the dashboard
 * (daily, or weekly: each week's last look), and per month the matters created (Filevine's createdDate: known from
 * the first day) and first seen archived (known only since history began).
 *
 * @param historyAvailable false when the history database could not be read (only the created counts are shown)
 * @param historySince     the first day kept (null: nothing yet)
 * @param demoUntil    the last day of simulated demo history, if the history includes some
 */
public record Trends(LocalDate today, boolean historyAvailable, LocalDate historySince, LocalDate demoUntil, boolean weekly, List<Point> points,
                     List<Month> months) implements Serializable {

    /** One day (or week) of figures. */
    public record Point(LocalDate day, int open, int stale30, int stale60, int stale90, int archived, boolean demo)
            implements Serializable {
        @JsonbTransient
        public LocalDate getDay() {
            return day;
        }

        @JsonbTransient
        public int getOpen() {
            return open;
        }

        @JsonbTransient
        public int getStale30() {
            return stale30;
        }

        @JsonbTransient
        public int getStale60() {
            return stale60;
        }

        @JsonbTransient
        public int getStale90() {
            return stale90;
        }

        @JsonbTransient
        public int getArchived() {
            return archived;
        }

        @JsonbTransient
        public boolean isDemo() {
            return demo;
        }
    }

    /** One month: matters created, and matters first seen archived (null before history began). */
    public record Month(YearMonth month, int created, Integer archived) implements Serializable {
        @JsonbTransient
        public String getLabel() {
            return month.toString();
        }

        @JsonbTransient
        public int getCreated() {
            return created;
        }

        @JsonbTransient
        public Integer getArchived() {
            return archived;
        }
    }

    public static Trends of(List<DaySnapshot> days, List<ProjectRow> matters, Map<Integer, List<Transition>> history,
                            LocalDate today, boolean historyAvailable) {
        LocalDate since = days.isEmpty() ? null : days.get(0).day();
        for (List<Transition> kept : history.values()) {
            for (Transition t : kept) {
                since = since == null || t.seenOn().isBefore(since) ? t.seenOn() : since;
            }
        }
        if (!historyAvailable) {
            since = null;
        }
        LocalDate demoUntil = days.stream().filter(DaySnapshot::demo).map(DaySnapshot::day).reduce((a, b) -> b).orElse(null);
        return new Trends(today, historyAvailable, since, demoUntil, false, points(days), months(matters, history, today, since));
    }

    private static List<Point> points(List<DaySnapshot> days) {
        return days.stream().map(d -> new Point(d.day(), d.open(), d.stale30(), d.stale60(), d.stale90(),
                d.archived(), d.demo())).toList();
    }

    /** The same trends by week: each week's last day seen, under the week's Monday (derived: no second report). */
    public Trends byWeek() {
        return weekly ? this : new Trends(today, historyAvailable, historySince, demoUntil, true, byWeek(points), months);
    }

    private static List<Point> byWeek(List<Point> daily) {
        Map<LocalDate, Point> byWeek = new LinkedHashMap<>();
        for (Point day : daily) { // oldest first: a week keeps its last look
            LocalDate monday = day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.put(monday, new Point(monday, day.open(), day.stale30(), day.stale60(), day.stale90(),
                    day.archived(), day.demo()));
        }
        return List.copyOf(byWeek.values());
    }

    private static List<Month> months(List<ProjectRow> matters, Map<Integer, List<Transition>> history, LocalDate today,
                                      LocalDate since) {
        Map<YearMonth, int[]> counts = new LinkedHashMap<>();
        YearMonth current = YearMonth.from(today);
        for (int back = 11; back >= 0; back--) {
            counts.put(current.minusMonths(back), new int[2]);
        }
        for (ProjectRow matter : matters) {
            if (matter.createdDate() != null) {
                int[] month = counts.get(YearMonth.from(matter.createdDate()));
                if (month != null) {
                    month[0]++;
                }
            }
            history.getOrDefault(matter.id(), List.of()).stream().filter(Transition::archived).findFirst()
                    .filter(first -> first.seq() > 1 || first.demo()) // archived when first seen: not seen happening
                    .map(first -> counts.get(YearMonth.from(first.seenOn())))
                    .ifPresent(month -> month[1]++);
        }
        List<Month> months = new ArrayList<>();
        counts.forEach((month, n) -> months.add(new Month(month, n[0],
                since == null || month.isBefore(YearMonth.from(since)) ? null : n[1])));
        return months;
    }

    @JsonbTransient
    public List<Point> getPoints() {
        return points;
    }

    @JsonbTransient
    public List<Month> getMonths() {
        return months;
    }
}
