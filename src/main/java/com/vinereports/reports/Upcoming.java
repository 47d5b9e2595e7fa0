package com.vinereports.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deadlines and open tasks due in the next N days (and overdue ones not done), soonest first, each with its matter.
 */
public record Upcoming(LocalDate from, LocalDate until, List<Item> items) implements Serializable {

    /** kind "Deadline" or "Task"; overdue when due before today and not done. */
    public record Item(LocalDate due, String kind, String what, boolean overdue, ProjectRow matter) implements Serializable {
    }

    /** One matter's deadlines and tasks, as fetched. */
    public record MatterDates(ProjectRow matter, List<ProjectDetail.Deadline> deadlines, List<ProjectDetail.Note> notes)
            implements Serializable {
    }

    public static Upcoming of(LocalDate today, int days, List<MatterDates> matters) {
        LocalDate until = today.plusDays(days);
        List<Item> items = new ArrayList<>();
        for (MatterDates m : matters) {
            for (ProjectDetail.Deadline d : m.deadlines()) {
                if (!d.done() && d.dueDate() != null && !d.dueDate().isAfter(until)) {
                    items.add(new Item(d.dueDate(), "Deadline", d.name(), d.dueDate().isBefore(today), m.matter()));
                }
            }
            for (ProjectDetail.Note n : m.notes()) {
                if ("Task".equalsIgnoreCase(n.type()) && !n.completed() && n.targetDate() != null
                        && !n.targetDate().isAfter(until)) {
                    items.add(new Item(n.targetDate(), "Task", n.body(), n.targetDate().isBefore(today), m.matter()));
                }
            }
        }
        items.sort(Comparator.comparing(Item::due).thenComparing(Item::kind).thenComparing(i -> i.matter().id()));
        return new Upcoming(today, until, List.copyOf(items));
    }

    public long overdue() {
        return items.stream().filter(Item::overdue).count();
    }
}
