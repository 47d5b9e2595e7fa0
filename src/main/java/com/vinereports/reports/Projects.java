package com.vinereports.reports;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.filevine.CalendarDeadline;
import com.vinereports.filevine.Deadline;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.ItemPage;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.history.HistoryRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Projects as reports see them: pages, the whole filtered set, and one matter in full. */
@ApplicationScoped
public class Projects {

    @Inject
    FilevineGateway gateway;

    @Inject
    FilevineIdentity identity;

    @Inject
    HistoryRecorder history;

    /** A page of a filtered, sorted list; its total only when Filevine's answer tells it. */
    public ItemPage<ProjectRow> page(ProjectQuery query, int offset, int limit) {
        return gateway.projectsPage(query, offset, limit);
    }

    @OrgWide
    @SharedRun
    public List<ProjectRow> all(ProjectQuery query) {
        return all(query, ProgressListener.NONE);
    }

    /** Every matching matter, telling {@code listener} after each Filevine page how many have arrived. */
    @OrgWide
    @SharedRun
    public List<ProjectRow> all(ProjectQuery query, ProgressListener listener) {
        List<ProjectRow> rows = new ArrayList<>();
        int[] total = {0};
        gateway.eachProjectPage(query, matching -> total[0] = Math.max(0, matching), page -> {
            rows.addAll(page);
            listener.progress(rows.size(), total[0]);
        });
        identity.chosenOrg().ifPresent(org -> history.sawMatters(org.id(), List.copyOf(rows)));
        return rows;
    }

    /** The filtered set, page by page, for exports that must not hold it all in memory; {@code total} first. */
    @OrgWide
    public int eachPage(ProjectQuery query, IntConsumer total, Consumer<List<ProjectRow>> rows) {
        return gateway.eachProjectPage(query, total, rows);
    }

    /** Open matters idle for {@code days} or more, by primary (Filevine filters; every page of them). */
    @OrgWide
    @SharedRun
    public StaleMatters stale(int days, LocalDate today, ProgressListener listener) {
        Instant before = DashboardFigures.staleBefore(today, days);
        return StaleMatters.of(days, before, all(ProjectQuery.FOR_REPORTS.withExcludeArchived(true)
                .withLatestActivity(null, before).sortedBy(ProjectQuery.Sort.LAST_ACTIVITY, false), listener));
    }

    /**
     * Deadlines and open tasks due within {@code days} (and overdue ones not done), for {@code scope}, from the
     * cheapest Filevine sources that answer the question ({@link Upcoming.Scope#covers()}):
     * <ul>
     * <li>tasks: each matter's task list due by the end of the window ({@code /projects/{id}/tasks}), not every
     *     note; for "assigned to me" the user's own task list, one paged call whatever the number of matters;</li>
     * <li>deadlines: every open matter's deadline list for "all"; otherwise the user's calendar (one paged call)
     *     says which matters have a deadline in the window, and only those matters' deadline lists are read, for
     *     whether each is done (the calendar does not say).</li>
     * </ul>
     * Per-matter calls run in parallel within the call budget. A matter Filevine refuses or answers unreadably is
     * listed as not read; the rest still report.
     */
    @OrgWide
    @SharedRun
    public Upcoming upcoming(LocalDate today, int days, Upcoming.Scope scope, String username, ProgressListener listener) {
        LocalDate until = today.plusDays(days);
        if (scope == Upcoming.Scope.ASSIGNED) {
            return assignedToMe(today, days, until, listener);
        }
        List<ProjectRow> open = all(ProjectQuery.FOR_REPORTS.withExcludeArchived(true)).stream()
                .filter(m -> scope == Upcoming.Scope.ALL || username.equalsIgnoreCase(m.primaryUsername()))
                .toList();
        Set<Integer> withDeadlines = scope == Upcoming.Scope.ALL ? null : calendarMatters(today, until);
        Map<Integer, ProjectRow> byId = new LinkedHashMap<>();
        open.forEach(matter -> byId.put(matter.id(), matter));
        return Upcoming.of(today, days, perMatter(List.copyOf(byId.keySet()), byId::get, listener, (calls, id) -> {
            ProjectRow matter = byId.get(id);
            List<Deadline> deadlines = withDeadlines == null || withDeadlines.contains(id) ? calls.deadlines(id) : List.of();
            return Upcoming.MatterDates.read(matter, deadlines, calls.tasks(id, until)).dueBy(until);
        }));
    }

    /**
     * My tasks (one list) and my calendar's deadlines; the matters they are on from the org's list (a page per
     * thousand matters: cheaper than one call per matter).
     */
    private Upcoming assignedToMe(LocalDate today, int days, LocalDate until, ProgressListener listener) {
        Map<Integer, ProjectRow> rows = new HashMap<>();
        all(ProjectQuery.FOR_REPORTS).forEach(row -> rows.put(row.id(), row));
        Map<Integer, List<Note>> tasksByMatter = new LinkedHashMap<>();
        for (Note task : gateway.myTasks(until)) {
            if (task.projectId() != null) {
                tasksByMatter.computeIfAbsent(task.projectId(), id -> new ArrayList<>()).add(task);
            }
        }
        Set<Integer> withDeadlines = calendarMatters(today, until);
        Set<Integer> matters = new LinkedHashSet<>(tasksByMatter.keySet());
        matters.addAll(withDeadlines);
        IntFunction<ProjectRow> rowOf = id -> rows.getOrDefault(id, unnamed(id));
        return Upcoming.of(today, days, perMatter(List.copyOf(matters), rowOf, listener, (calls, id) -> {
            ProjectRow matter = rowOf.apply(id);
            List<Deadline> deadlines = withDeadlines.contains(id) ? calls.deadlines(id) : List.of();
            return Upcoming.MatterDates.read(matter, deadlines, tasksByMatter.getOrDefault(id, List.of())).dueBy(until);
        }));
    }

    /** A matter known only by its id (not in the org's list the user may see): named by its id on the page. */
    private static ProjectRow unnamed(int id) {
        return new ProjectRow(id, null, "Matter " + id, null, 0, null, null, null, null, null, null, null, null, false,
                List.of());
    }

    /** The matters with a deadline on the user's calendar from {@value Upcoming#OVERDUE_YEARS} years back to {@code until}. */
    private Set<Integer> calendarMatters(LocalDate today, LocalDate until) {
        return gateway.myCalendarDeadlines(today.minusYears(Upcoming.OVERDUE_YEARS), until).stream()
                .map(CalendarDeadline::projectId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code read} for each matter on the workers; a matter Filevine will not show is listed as not read. */
    private List<Upcoming.MatterDates> perMatter(List<Integer> ids, IntFunction<ProjectRow> rowOf, ProgressListener listener,
                                                 BiFunction<FilevineGateway.ProjectCalls, Integer, Upcoming.MatterDates> read) {
        AtomicInteger done = new AtomicInteger();
        listener.progress(0, ids.size());
        return gateway.forEachProject(ids, (calls, id) -> {
            Upcoming.MatterDates dates;
            try {
                dates = read.apply(calls, id);
            } catch (FilevineException failure) {
                if (!failure.specificToRequest()) {
                    throw failure;
                }
                dates = Upcoming.MatterDates.unread(rowOf.apply(id), failure.getMessage());
            }
            listener.progress(done.incrementAndGet(), ids.size());
            return dates;
        });
    }

    /**
     * One matter in full. Without the matter itself there is no page; each other part that Filevine refuses or
     * answers unreadably is left empty with its reason, so one bad part does not cost the page.
     */
    public ProjectDetail detail(int projectId) {
        FilevineGateway.ProjectWithDescription matter = gateway.projectWithDescription(projectId);
        Map<String, String> problems = new LinkedHashMap<>();
        return new ProjectDetail(matter.row(), matter.description(),
                part("vitals", problems, () -> gateway.vitals(projectId)),
                part("contacts", problems, () -> gateway.projectContacts(projectId)),
                part("notes", problems, () -> notes(projectId, null, null, null)),
                part("deadlines", problems, () -> gateway.deadlines(projectId).stream()
                        .sorted(Comparator.comparing(Deadline::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList()),
                part("team", problems, () -> gateway.team(projectId)),
                part("documents", problems, () -> gateway.documents(projectId)),
                Map.copyOf(problems));
    }

    private static <T> List<T> part(String name, Map<String, String> problems, Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (FilevineException failure) {
            if (!failure.specificToRequest()) {
                throw failure;
            }
            problems.put(name, failure.getMessage());
            return List.of();
        }
    }

    public List<Note> notes(int projectId, String type, LocalDate since, LocalDate before) {
        return gateway.notes(projectId, type, since, before).stream()
                .sorted(Comparator.comparing(Note::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Where the browser downloads a document from (a pre-signed Filevine URL). */
    public URI download(int documentId) {
        return gateway.downloadUrl(documentId);
    }
}
