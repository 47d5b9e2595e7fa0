package com.vinereports.reports;

import com.vinereports.filevine.FilevineGateway;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.wire.FvContact;
import com.vinereports.filevine.wire.FvItemList;
import com.vinereports.filevine.wire.FvNote;
import com.vinereports.filevine.wire.FvProject;
import com.vinereports.filevine.wire.FvProjectContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Projects as reports see them: pages, the whole filtered set, and one matter in full. */
@ApplicationScoped
public class Projects {

    @Inject
    FilevineGateway gateway;

    /** A page of a filtered, sorted list, and how many match in all. */
    public record Page(List<ProjectRow> rows, int total, int offset, int limit) {
    }

    public Page page(ProjectQuery query, int offset, int limit) {
        FvItemList<FvProject> page = gateway.projectsPage(query, offset, limit);
        List<ProjectRow> rows = page.items == null ? List.of() : page.items.stream().map(ProjectRow::from).toList();
        int total = page.count != null && page.count >= rows.size() ? page.count : offset + rows.size();
        return new Page(rows, total, offset, limit);
    }

    public List<ProjectRow> all(ProjectQuery query) {
        return all(query, ProgressListener.NONE);
    }

    /** Every matching matter, telling {@code listener} after each Filevine page how many have arrived. */
    public List<ProjectRow> all(ProjectQuery query, ProgressListener listener) {
        List<ProjectRow> rows = new java.util.ArrayList<>();
        int[] total = {0};
        gateway.eachProjectPage(query, matching -> total[0] = Math.max(0, matching), page -> {
            page.forEach(p -> rows.add(ProjectRow.from(p)));
            listener.progress(rows.size(), total[0]);
        });
        return rows;
    }

    /** The filtered set, page by page, for exports that must not hold it all in memory; {@code total} first. */
    public int eachPage(ProjectQuery query, java.util.function.IntConsumer total, Consumer<List<ProjectRow>> rows) {
        return gateway.eachProjectPage(query, total, page -> rows.accept(page.stream().map(ProjectRow::from).toList()));
    }

    /** Open matters idle for {@code days} or more, by primary (Filevine filters; every page of them). */
    public StaleMatters stale(int days, LocalDate today, ProgressListener listener) {
        java.time.Instant before = DashboardFigures.staleBefore(today, days);
        return StaleMatters.of(days, before, all(ProjectQuery.ALL.withExcludeArchived(true)
                .withLatestActivity(null, before).sortedBy(ProjectQuery.Sort.LAST_ACTIVITY, false), listener));
    }

    /**
     * Deadlines and open tasks due within {@code days} on the open matters where {@code primary} is the primary
     * (all open matters when null). Two Filevine calls per matter, made in parallel within the call budget:
     * Filevine has no org-wide deadline list, which is why the default is the user's own matters.
     */
    public Upcoming upcoming(LocalDate today, int days, String primary, ProgressListener listener) {
        List<ProjectRow> open = all(ProjectQuery.ALL.withExcludeArchived(true)).stream()
                .filter(m -> primary == null || primary.equals(m.primary()))
                .toList();
        java.util.Map<Integer, ProjectRow> byId = new java.util.HashMap<>();
        open.forEach(m -> byId.put(m.id(), m));
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        listener.progress(0, byId.size());
        List<Upcoming.MatterDates> dates = gateway.forEachProject(List.copyOf(byId.keySet()),
                (calls, id) -> counted(done, byId.size(), listener, new Upcoming.MatterDates(byId.get(id),
                        calls.deadlines(id).stream()
                                .map(d -> new ProjectDetail.Deadline(WireValues.id(d.deadlineId), d.name,
                                        WireValues.day(d.dueDate), WireValues.yes(d.isDone))).toList(),
                        calls.notes(id, "Task").stream().map(Projects::note).toList())));
        return Upcoming.of(today, days, dates);
    }

    private static <T> T counted(java.util.concurrent.atomic.AtomicInteger done, int total, ProgressListener listener, T result) {
        listener.progress(done.incrementAndGet(), total);
        return result;
    }

    public ProjectDetail detail(int projectId) {
        FvProject matter = gateway.project(projectId);
        return new ProjectDetail(ProjectRow.from(matter), matter.description,
                gateway.vitals(projectId).stream()
                        .sorted(Comparator.comparing(v -> v.position == null ? Integer.MAX_VALUE : v.position))
                        .map(v -> new ProjectDetail.Vital(v.fieldName, v.friendlyName, v.fieldType, v.value)).toList(),
                gateway.projectContacts(projectId).stream().map(Projects::person).toList(),
                notes(projectId, null, null, null),
                gateway.deadlines(projectId).stream()
                        .map(d -> new ProjectDetail.Deadline(WireValues.id(d.deadlineId), d.name,
                                WireValues.day(d.dueDate), WireValues.yes(d.isDone)))
                        .sorted(Comparator.comparing(ProjectDetail.Deadline::dueDate,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList(),
                gateway.team(projectId).stream()
                        .map(m -> new ProjectDetail.TeamMember(WireValues.id(m.userId), m.fullName, m.username,
                                m.teamRoles == null ? List.of() : List.copyOf(m.teamRoles))).toList(),
                gateway.documents(projectId).stream()
                        .map(d -> new ProjectDetail.Document(WireValues.id(d.documentId), d.filename,
                                d.size == null ? 0 : d.size, WireValues.instant(d.uploadDate))).toList());
    }

    public List<ProjectDetail.Note> notes(int projectId, String type, LocalDate since, LocalDate before) {
        return gateway.notes(projectId, type, since, before).stream().map(Projects::note)
                .sorted(Comparator.comparing(ProjectDetail.Note::createdAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Where the browser downloads a document from (a pre-signed Filevine URL). */
    public URI download(int documentId) {
        return gateway.downloadUrl(documentId);
    }

    private static ProjectDetail.Person person(FvProjectContact contact) {
        FvContact c = contact.orgContact;
        if (c == null) {
            return new ProjectDetail.Person(0, contact.role, null, null, null);
        }
        String phone = c.phones == null || c.phones.isEmpty() ? null : c.phones.get(0).number;
        String email = c.emails == null || c.emails.isEmpty() ? null : c.emails.get(0).address;
        return new ProjectDetail.Person(WireValues.id(c.personId), contact.role, c.fullName, phone, email);
    }

    private static ProjectDetail.Note note(FvNote n) {
        return new ProjectDetail.Note(WireValues.id(n.noteId), n.typeTag, n.body, WireValues.instant(n.createdAt),
                WireValues.idOrNull(n.assigneeId), WireValues.day(n.targetDate), WireValues.yes(n.isCompleted));
    }
}
