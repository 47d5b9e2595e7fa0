package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.Deadline;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.sandbox.ProjectDetails;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpcomingTest {

    @Test
    void deadlinesAndOpenTasksDueWithinTheWindowSoonestFirstOverdueMarked() {
        LocalDate today = SeedData.REFERENCE_DATE;
        List<Upcoming.MatterDates> matters = new ArrayList<>();
        long expected = 0;
        long overdue = 0;
        for (SeedProject p : SeedData.projectsOf(7001)) {
            ProjectDetails d = ProjectDetails.of(p);
            matters.add(Upcoming.MatterDates.read(DashboardFiguresTest.row(p), deadlines(d), notes(d)));
            for (ProjectDetails.Deadline x : d.deadlines()) {
                if (x.doneDate() == null && !x.dueDate().isAfter(today.plusDays(14))) {
                    expected++;
                    overdue += x.dueDate().isBefore(today) ? 1 : 0;
                }
            }
            for (ProjectDetails.Note n : d.notes()) {
                if (n.typeTag().equals("Task") && !Boolean.TRUE.equals(n.isCompleted()) && !n.targetDate().isAfter(today.plusDays(14))) {
                    expected++;
                    overdue += n.targetDate().isBefore(today) ? 1 : 0;
                }
            }
        }
        Upcoming upcoming = Upcoming.of(today, 14, matters);
        assertEquals(expected, upcoming.items().size());
        assertEquals(overdue, upcoming.overdue());
        assertTrue(upcoming.overdue() > 0 && upcoming.items().size() > upcoming.overdue(), "the seed has both");
        for (int i = 1; i < upcoming.items().size(); i++) {
            assertTrue(!upcoming.items().get(i - 1).due().isAfter(upcoming.items().get(i).due()), "soonest first");
        }
    }

    @Test
    void eachMatterKeepsOnlyWhatCanBeInTheReportAndTheReportIsTheSame() {
        LocalDate today = SeedData.REFERENCE_DATE;
        LocalDate until = today.plusDays(14);
        List<Upcoming.MatterDates> whole = new ArrayList<>();
        List<Upcoming.MatterDates> kept = new ArrayList<>();
        for (SeedProject p : SeedData.projectsOf(7001)) {
            ProjectDetails d = ProjectDetails.of(p);
            Upcoming.MatterDates read = Upcoming.MatterDates.read(DashboardFiguresTest.row(p), deadlines(d), notes(d));
            whole.add(read);
            kept.add(read.dueBy(until));
        }
        int wholeDates = whole.stream().mapToInt(m -> m.deadlines().size() + m.tasks().size()).sum();
        int keptDates = kept.stream().mapToInt(m -> m.deadlines().size() + m.tasks().size()).sum();
        Upcoming fromKept = Upcoming.of(today, 14, kept);
        assertEquals(Upcoming.of(today, 14, whole), fromKept);
        assertEquals(fromKept.items().size(), keptDates, "every date kept is in the report");
        assertTrue(keptDates < wholeDates, keptDates + " of " + wholeDates + " dates kept");
    }

    @Test
    void aMatterThatCouldNotBeReadIsListedWithItsReasonAndTheRestStillReport() {
        LocalDate today = SeedData.REFERENCE_DATE;
        List<SeedProject> seed = SeedData.projectsOf(7001).stream()
                .filter(p -> !ProjectDetails.of(p).deadlines().isEmpty()).limit(3).toList();
        List<Upcoming.MatterDates> matters = List.of(
                Upcoming.MatterDates.read(DashboardFiguresTest.row(seed.get(0)), deadlines(ProjectDetails.of(seed.get(0))), List.of()),
                Upcoming.MatterDates.unread(DashboardFiguresTest.row(seed.get(1)), "You don't have access to this project."),
                Upcoming.MatterDates.read(DashboardFiguresTest.row(seed.get(2)), deadlines(ProjectDetails.of(seed.get(2))), List.of()));

        Upcoming upcoming = Upcoming.of(today, 365, matters);

        assertEquals(1, upcoming.unread().size());
        assertEquals(seed.get(1).projectId(), upcoming.unread().get(0).matter().id());
        assertEquals("You don't have access to this project.", upcoming.unread().get(0).reason());
        assertTrue(upcoming.items().stream().noneMatch(i -> i.matter().id() == seed.get(1).projectId()));
        long readOpen = java.util.stream.Stream.of(seed.get(0), seed.get(2))
                .flatMap(p -> ProjectDetails.of(p).deadlines().stream())
                .filter(x -> x.doneDate() == null && !x.dueDate().isAfter(today.plusDays(365))).count();
        assertEquals(readOpen, upcoming.items().size());
    }

    /** As the gateway translates them: done when a done date is there. */
    private static List<Deadline> deadlines(ProjectDetails d) {
        return d.deadlines().stream().map(x -> new Deadline(x.deadlineId(), x.name(), x.dueDate(), x.doneDate(),
                x.doneDate() != null)).toList();
    }

    private static List<Note> notes(ProjectDetails d) {
        return d.notes().stream().map(n -> new Note(n.noteId(), n.typeTag(), n.body(), n.createdAt(),
                n.assigneeId(), n.targetDate(), Boolean.TRUE.equals(n.isCompleted()), null)).toList();
    }
}
