package com.vinereports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.ProjectRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time in phase from a simulated history whose answers are worked out by hand. */
class TimeInPhaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static ProjectRow open(int id, String type, String phase, LocalDate phaseDate) {
        return new ProjectRow(id, "N-" + id, "Matter " + id, "Client", 1, type, phase, phaseDate, TODAY.minusYears(2),
                null, null, null, null, false, List.of());
    }

    static Transition seen(int id, int seq, String type, String phase, LocalDate phaseDate) {
        return new Transition(id, seq, type, phase, phaseDate, false, phaseDate, false);
    }

    @Test
    void fromTheFirstDayEveryOpenMattersCurrentPhaseCounts() {
        List<ProjectRow> matters = List.of(open(1, "PI", "Intake", TODAY.minusDays(10)),
                open(2, "PI", "Intake", TODAY.minusDays(30)), open(3, "PI", "Intake", TODAY.minusDays(20)),
                open(4, "WC", "Intake", TODAY.minusDays(5)), open(5, "PI", null, null));
        TimeInPhase report = TimeInPhase.of(matters, Map.of(), TODAY, true, null);
        assertEquals(2, report.phases().size(), "a matter without a phase date has no time in phase");
        TimeInPhase.Phase pi = report.phases().get(0);
        assertEquals(List.of("PI", "Intake", 3, 3, 20L, 30L), List.of(pi.projectType(), pi.phase(), pi.stays(),
                pi.current(), pi.medianDays(), pi.p90Days()));
        assertTrue(report.stuck().isEmpty(), "three stays are too few to call one stuck");
        assertNull(report.historySince());
    }

    /**
     * Ten matters went through Intake in 10, 20, ... 100 days (kept transitions); an eleventh sits in Intake for
     * 150 days, a twelfth for 50. Stays: the ten, plus the two current ones: 12 values.
     */
    @Test
    void leftPhasesComeFromTheTransitionsAndTheLongestCurrentStayIsStuck() {
        List<ProjectRow> matters = new ArrayList<>();
        Map<Integer, List<Transition>> history = new HashMap<>();
        for (int i = 1; i <= 10; i++) {
            LocalDate entered = TODAY.minusDays(300);
            matters.add(open(i, "PI", "Treatment", entered.plusDays(i * 10L)));
            history.put(i, List.of(seen(i, 1, "PI", "Intake", entered), seen(i, 2, "PI", "Treatment", entered.plusDays(i * 10L))));
        }
        matters.add(open(11, "PI", "Intake", TODAY.minusDays(150)));
        matters.add(open(12, "PI", "Intake", TODAY.minusDays(50)));
        history.put(11, List.of(seen(11, 1, "PI", "Intake", TODAY.minusDays(150))));
        TimeInPhase report = TimeInPhase.of(matters, history, TODAY, true, TODAY.minusDays(300));

        TimeInPhase.Phase intake = report.phases().stream().filter(p -> p.phase().equals("Intake")).findFirst().orElseThrow();
        // sorted: 10 20 30 40 50 50 60 70 80 90 100 150 -> median rank 6 = 50, p90 rank ceil(10.8) = 11 = 100
        assertEquals(12, intake.stays());
        assertEquals(2, intake.current());
        assertEquals(50, intake.medianDays());
        assertEquals(100, intake.p90Days());
        // Treatment: the ten current stays 200..290 days, p90 rank 9 = 280: matter 1 (290) is past it too, by less
        assertEquals(List.of(11, 1), report.stuck().stream().map(TimeInPhase.Stuck::projectId).toList(),
                "furthest past its phase's 90th percentile first");
        assertEquals(150, report.stuck().get(0).days());
        assertEquals(100, report.stuck().get(0).p90Days());
    }

    @Test
    void onlyTheMattersInTheUsersListAndOnlyRealPhaseChangesCount() {
        Map<Integer, List<Transition>> history = new HashMap<>();
        // An archiving alone (same phase, same date) is no stay that ended; nor is a phase date that went back.
        history.put(1, List.of(seen(1, 1, "PI", "Intake", TODAY.minusDays(40)),
                new Transition(1, 2, "PI", "Intake", TODAY.minusDays(40), true, TODAY.minusDays(3), false)));
        history.put(2, List.of(seen(2, 1, "PI", "Intake", TODAY.minusDays(40)), seen(2, 2, "PI", "Demand", TODAY.minusDays(50))));
        history.put(99, List.of(seen(99, 1, "PI", "Intake", TODAY.minusDays(400)), seen(99, 2, "PI", "Demand", TODAY)));
        TimeInPhase report = TimeInPhase.of(List.of(open(2, "PI", "Demand", TODAY.minusDays(50))), history, TODAY, true, null);
        assertEquals(1, report.phases().size(), "matter 99 is not in the list; matter 2's date went back");
        assertEquals("Demand", report.phases().get(0).phase());
        assertFalse(report.includesDemoData());
    }

    @Test
    void percentilesAreNearestRank() {
        assertEquals(1, TimeInPhase.percentile(List.of(1L), 90));
        assertEquals(2, TimeInPhase.percentile(List.of(1L, 2L, 3L, 4L), 50));
        assertEquals(4, TimeInPhase.percentile(List.of(1L, 2L, 3L, 4L), 90));
    }
}
