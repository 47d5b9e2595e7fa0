package com.vinereports.reports;

import com.vinereports.filevine.Deadline;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectRow;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Deadlines and open tasks due in the next N days (and overdue ones not done), soonest first, each with its
 * matter; and the matters whose dates could not be read, with the reason, so that a gap is never silent.
 */
public record Upcoming(LocalDate from, LocalDate until, List<Item> items, List<Unread> unread) implements Serializable {

    /** kind "Deadline" or "Task"; overdue when due before today and not done. */
    public record Item(LocalDate due, String kind, String what, boolean overdue, ProjectRow matter) implements Serializable {
    }

    /** A matter Filevine did not let us read (no access, gone, or an answer this version cannot read). */
    public record Unread(ProjectRow matter, String reason) implements Serializable {
    }

    /** One matter's deadlines and tasks as fetched, or the reason they could not be. */
    public record MatterDates(ProjectRow matter, List<Deadline> deadlines, List<Note> notes, String unreadReason)
            implements Serializable {

        public static MatterDates read(ProjectRow matter, List<Deadline> deadlines, List<Note> notes) {
            return new MatterDates(matter, deadlines, notes, null);
        }

        public static MatterDates unread(ProjectRow matter, String reason) {
            return new MatterDates(matter, List.of(), List.of(), reason);
        }
    }

    public static Upcoming of(LocalDate today, int days, List<MatterDates> matters) {
        LocalDate until = today.plusDays(days);
        List<Item> items = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        for (MatterDates m : matters) {
            if (m.unreadReason() != null) {
                unread.add(new Unread(m.matter(), m.unreadReason()));
                continue;
            }
            for (Deadline d : m.deadlines()) {
                if (!d.done() && d.dueDate() != null && !d.dueDate().isAfter(until)) {
                    items.add(new Item(d.dueDate(), "Deadline", d.name(), d.dueDate().isBefore(today), m.matter()));
                }
            }
            for (Note n : m.notes()) {
                if ("Task".equalsIgnoreCase(n.type()) && !n.completed() && n.targetDate() != null
                        && !n.targetDate().isAfter(until)) {
                    items.add(new Item(n.targetDate(), "Task", n.body(), n.targetDate().isBefore(today), m.matter()));
                }
            }
        }
        items.sort(Comparator.comparing(Item::due).thenComparing(Item::kind).thenComparing(i -> i.matter().id()));
        unread.sort(Comparator.comparing(u -> u.matter().id()));
        return new Upcoming(today, until, List.copyOf(items), List.copyOf(unread));
    }

    public long overdue() {
        return items.stream().filter(Item::overdue).count();
    }
}
