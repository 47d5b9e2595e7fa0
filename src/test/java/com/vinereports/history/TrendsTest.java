package com.vinereports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vinereports.filevine.ProjectRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trends from a simulated history: daily and weekly points, created and archived per month. */
class TrendsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30); // a Monday

    static DaySnapshot day(LocalDate day, int open, boolean demo) {
        return new DaySnapshot(day, open, 0, open / 2, open / 3, open / 4, 1, List.of(), List.of(), demo);
    }

    static ProjectRow created(int id, LocalDate on) {
        return new ProjectRow(id, null, "M" + id, null, 1, "PI", "Intake", on, on, null, null, null, null, false, List.of());
    }

    @Test
    void weeklyPointsKeepEachWeeksLastLook() {
        List<DaySnapshot> days = new ArrayList<>();
        for (int back = 20; back >= 0; back--) {
            days.add(day(TODAY.minusDays(back), 100 - back, back > 10));
        }
        Trends daily = Trends.of(days, List.of(), Map.of(), TODAY, true);
        assertEquals(21, daily.points().size());
        assertEquals(TODAY.minusDays(20), daily.historySince());
        assertEquals(TODAY.minusDays(11), daily.demoUntil());

        Trends weekly = daily.byWeek();
        assertEquals(true, weekly.weekly());
        // Nov 10 (Tue) .. Nov 30 (Mon): weeks of Nov 9, 16, 23 and 30; each the week's last day seen
        assertEquals(List.of(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), TODAY),
                weekly.points().stream().map(Trends.Point::day).toList());
        assertEquals(List.of(85, 92, 99, 100), weekly.points().stream().map(Trends.Point::open).toList());
    }

    @Test
    void createdPerMonthFromFilevineAndArchivedOnlySinceTheHistoryBegan() {
        List<ProjectRow> matters = List.of(created(1, LocalDate.of(2026, 11, 3)), created(2, LocalDate.of(2026, 11, 20)),
                created(3, LocalDate.of(2026, 1, 5)), created(4, LocalDate.of(2024, 1, 5)));
        Map<Integer, List<Transition>> history = Map.of(
                1, List.of(t(1, 1, false, LocalDate.of(2026, 10, 1)), t(1, 2, true, LocalDate.of(2026, 11, 12))),
                3, List.of(t(3, 1, true, LocalDate.of(2026, 10, 1)))); // archived when first seen: not counted
        Trends trends = Trends.of(List.of(day(LocalDate.of(2026, 10, 1), 3, false)), matters, history, TODAY, true);
        assertEquals(12, trends.months().size());
        Trends.Month november = trends.months().get(11);
        assertEquals(YearMonth.of(2026, 11), november.month());
        assertEquals(2, november.created());
        assertEquals(1, november.archived());
        assertEquals(1, trends.months().get(1).created(), "January 2026");
        assertNull(trends.months().get(1).archived(), "before the history began: not known");
        assertEquals(0, trends.months().get(10).archived(), "October: known, none");
    }

    @Test
    void withoutTheDatabaseNothingIsSaidToBeKept() {
        Trends trends = Trends.of(List.of(day(TODAY, 3, false)), List.of(), Map.of(), TODAY, false);
        assertNull(trends.historySince());
        assertEquals(1, trends.points().size());
        assertNull(trends.months().get(11).archived());
    }

    static Transition t(int id, int seq, boolean archived, LocalDate seenOn) {
        return new Transition(id, seq, "PI", "Intake", LocalDate.of(2026, 9, 1), archived, seenOn, false);
    }
}
