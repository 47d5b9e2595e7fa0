package com.vinereports.reports;

import com.vinereports.filevine.Deadline;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.ItemPage;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.ProjectRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** Projects as reports see them: pages, the whole filtered set, and one matter in full. */
@ApplicationScoped
public class Projects {

    @Inject
    FilevineGateway gateway;

    /** A page of a filtered, sorted list; its total only when Filevine's answer tells it. */
    public ItemPage<ProjectRow> page(ProjectQuery query, int offset, int limit) {
        return gateway.projectsPage(query, offset, limit);
    }

    @OrgWide
    public List<ProjectRow> all(ProjectQuery query) {
        return all(query, ProgressListener.NONE);
    }

    /** Every matching matter, telling {@code listener} after each Filevine page how many have arrived. */
    @OrgWide
    public List<ProjectRow> all(ProjectQuery query, ProgressListener listener) {
        List<ProjectRow> rows = new ArrayList<>();
        int[] total = {0};
        gateway.eachProjectPage(query, matching -> total[0] = Math.max(0, matching), page -> {
            rows.addAll(page);
            listener.progress(rows.size(), total[0]);
        });
        return rows;
    }

    /** The filtered set, page by page, for exports that must not hold it all in memory; {@code total} first. */
    @OrgWide
    public int eachPage(ProjectQuery query, IntConsumer total, Consumer<List<ProjectRow>> rows) {
        return gateway.eachProjectPage(query, total, rows);
    }

    /** Open matters idle for {@code days} or more, by primary (Filevine filters; every page of them). */
    @OrgWide
    public StaleMatters stale(int days, LocalDate today, ProgressListener listener) {
        Instant before = DashboardFigures.staleBefore(today, days);
        return StaleMatters.of(days, before, all(ProjectQuery.ALL.withExcludeArchived(true)
                .withLatestActivity(null, before).sortedBy(ProjectQuery.Sort.LAST_ACTIVITY, false), listener));
    }

    /**
     * Deadlines and open tasks due within {@code days} on the open matters whose first primary is the user named
     * {@code primaryUsername} (all open matters when null). Two Filevine calls per matter, made in parallel
     * within the call budget: Filevine has no org-wide deadline list, which is why the default is the user's own
     * matters. A matter Filevine refuses or answers unreadably is listed as not read; the rest still report.
     */
    @OrgWide
    public Upcoming upcoming(LocalDate today, int days, String primaryUsername, ProgressListener listener) {
        List<ProjectRow> open = all(ProjectQuery.ALL.withExcludeArchived(true)).stream()
                .filter(m -> primaryUsername == null || primaryUsername.equalsIgnoreCase(m.primaryUsername()))
                .toList();
        Map<Integer, ProjectRow> byId = new HashMap<>();
        open.forEach(matter -> byId.put(matter.id(), matter));
        AtomicInteger done = new AtomicInteger();
        listener.progress(0, byId.size());
        List<Upcoming.MatterDates> dates = gateway.forEachProject(List.copyOf(byId.keySet()),
                (calls, id) -> {
                    ProjectRow matter = byId.get(id);
                    Upcoming.MatterDates read;
                    try {
                        read = Upcoming.MatterDates.read(matter, calls.deadlines(id), calls.notes(id, "Task"));
                    } catch (FilevineException failure) {
                        if (!failure.specificToRequest()) {
                            throw failure;
                        }
                        read = Upcoming.MatterDates.unread(matter, failure.getMessage());
                    }
                    listener.progress(done.incrementAndGet(), byId.size());
                    return read;
                });
        return Upcoming.of(today, days, dates);
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
