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

    /**
     * Whose deadlines and tasks, and where each comes from (the cheapest sources that answer the same question;
     * {@link #covers()} says it on the page).
     */
    public enum Scope {
        /** Matters whose first primary is the user: their task lists; deadlines of those on the user's calendar. */
        MINE("mine", "On your matters (where you are the first primary): each matter's open tasks, and the deadlines"
                + " on your Filevine calendar, each checked on its matter for whether it is done (overdue ones from"
                + " the last " + Upcoming.OVERDUE_YEARS + " years)."),
        /** Tasks assigned to the user on any matter (one list), and the deadlines on the user's calendar. */
        ASSIGNED("assigned", "Assigned to you: your open tasks on every matter, and the deadlines on your Filevine"
                + " calendar, each checked on its matter for whether it is done (overdue ones from the last "
                + Upcoming.OVERDUE_YEARS + " years)."),
        /** Every open matter: its task list and its deadline list. */
        ALL("all", "On every open matter of the firm: each matter's open tasks and its deadlines.");

        private final String parameter;
        private final String covers;

        Scope(String parameter, String covers) {
            this.parameter = parameter;
            this.covers = covers;
        }

        public String parameter() {
            return parameter;
        }

        public String covers() {
            return covers;
        }

        /** From a URL parameter; "My matters" when absent or unknown. */
        public static Scope of(String parameter) {
            for (Scope scope : values()) {
                if (scope.parameter.equals(parameter)) {
                    return scope;
                }
            }
            return MINE;
        }
    }

    /** How far back the calendar is asked for deadlines that are overdue and not done. */
    public static final int OVERDUE_YEARS = 5;

    /** kind "Deadline" or "Task"; overdue when due before today and not done. */
    public record Item(LocalDate due, String kind, String what, boolean overdue, ProjectRow matter) implements Serializable {
    }

    /** A matter Filevine did not let us read (no access, gone, or an answer this version cannot read). */
    public record Unread(ProjectRow matter, String reason) implements Serializable {
    }

    /** One matter's deadlines and tasks as fetched, or the reason they could not be. */
    public record MatterDates(ProjectRow matter, List<Deadline> deadlines, List<Note> tasks, String unreadReason)
            implements Serializable {

        public static MatterDates read(ProjectRow matter, List<Deadline> deadlines, List<Note> tasks) {
            return new MatterDates(matter, deadlines, tasks, null);
        }

        public static MatterDates unread(ProjectRow matter, String reason) {
            return new MatterDates(matter, List.of(), List.of(), reason);
        }

        /**
         * Only the deadlines and tasks that can be in a report ending {@code until}: an org-wide report keeps one of
         * these per matter until its last matter is read (hours in a big org), not each matter's whole history.
         */
        public MatterDates dueBy(LocalDate until) {
            return new MatterDates(matter, deadlines.stream().filter(d -> isDue(d, until)).toList(),
                    tasks.stream().filter(n -> isDue(n, until)).toList(), unreadReason);
        }
    }

    private static boolean isDue(Deadline d, LocalDate until) {
        return !d.done() && d.dueDate() != null && !d.dueDate().isAfter(until);
    }

    /** Task lists hold tasks only; a note list given here would also hold notes and emails. */
    private static boolean isDue(Note n, LocalDate until) {
        return (n.type() == null || "Task".equalsIgnoreCase(n.type())) && !n.completed() && n.targetDate() != null
                && !n.targetDate().isAfter(until);
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
                if (isDue(d, until)) {
                    items.add(new Item(d.dueDate(), "Deadline", d.name(), d.dueDate().isBefore(today), m.matter()));
                }
            }
            for (Note n : m.tasks()) {
                if (isDue(n, until)) {
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
