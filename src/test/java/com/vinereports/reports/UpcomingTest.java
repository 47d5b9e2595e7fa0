package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            matters.add(new Upcoming.MatterDates(DashboardFiguresTest.row(p),
                    d.deadlines().stream().map(x -> new ProjectDetail.Deadline(x.deadlineId(), x.name(), x.dueDate(), x.done())).toList(),
                    d.notes().stream().map(n -> new ProjectDetail.Note(n.noteId(), n.typeTag(), n.body(), n.createdAt(),
                            n.assigneeId(), n.targetDate(), Boolean.TRUE.equals(n.isCompleted()))).toList()));
            for (ProjectDetails.Deadline x : d.deadlines()) {
                if (!x.done() && !x.dueDate().isAfter(today.plusDays(14))) {
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
}
