package com.vinereports.filevine;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.Org;
import com.vinereports.auth.SignedInUser;
import com.vinereports.auth.TokenRenewal;
import com.vinereports.filevine.wire.FvItemList;
import com.vinereports.filevine.wire.FvProject;
import com.vinereports.filevine.wire.FvUserOrgs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The only caller of {@link FilevineApi}, and the only way into Filevine: it hands out the app's own types
 * (translated in {@link WireTranslation}), never a wire type. Every operation gets a token good for the next
 * minute and the tenant headers of the chosen org ({@link SignedCalls}: one renewal on a 401), the org's call
 * budget, retries and the circuit breaker ({@link FilevineCalls}); lists are walked to their end ({@link Pager})
 * with a bounded number of pages in flight; slow-changing data is kept for 15 minutes ({@link ReportCache}).
 * Failures leave as {@link FilevineException}s, or {@code SessionEndedException} when only a new login helps.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = FilevineGateway.PAGE_EXECUTOR, maxAsync = 32)
public class FilevineGateway {

    /** Worker threads for parallel pages; bounded for the whole app, whatever the number of reports. */
    static final String PAGE_EXECUTOR = "java:app/concurrent/FilevinePages";

    /** Items per Filevine page when the app reads a whole list. */
    public static final int LIST_PAGE_SIZE = Pager.PAGE_SIZE;

    private static final String MEMBERSHIP = "membership";

    @Inject
    FilevineSettings settings;

    @Inject
    TokenRenewal renewal;

    @Inject
    FilevineIdentity identity;

    @Inject
    FilevineCalls calls;

    @Inject
    ReportCache cache;

    @Inject
    CallCount callCount;

    @Resource(lookup = PAGE_EXECUTOR)
    ManagedExecutorService pageExecutor;

    @Inject
    @ConfigProperty(name = "filevine.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "filevine.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    /** Pages of one list in flight at once. */
    @Inject
    @ConfigProperty(name = "filevine.page-parallelism", defaultValue = "4")
    int pageParallelism;

    private FilevineApi api;

    @PostConstruct
    void connect() {
        // Built once: the client is thread-safe, and the base URL depends on the region, not one key.
        api = settings.apiUrl().map(url -> RestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .build(FilevineApi.class)).orElse(null);
    }

    // ---- who ---------------------------------------------------------------------------------------------

    public record WhoAmI(SignedInUser user, List<Org> orgs) {
    }

    /** The signed-in user and their orgs ({@code GetUserOrgsWithToken}, once per login). */
    public WhoAmI whoAmI() {
        FvUserOrgs answer = signed().one(Operation.USER_ORGS, () -> api.getUserOrgsWithToken());
        return new WhoAmI(WireTranslation.user(answer.user), WireTranslation.orgs(answer.orgs));
    }

    /** The user as a member of the chosen org ({@code Users/Me}). */
    public OrgMembership me() {
        return WireTranslation.membership(signed().one(Operation.USERS_ME, () -> api.usersMe()));
    }

    /**
     * The membership the profile page shows: asked once, then kept in the report cache (a profile view costs
     * no Filevine call after the first; Filevine's samples ask twice on every view).
     */
    public OrgMembership membership() {
        return cached(MEMBERSHIP, this::me);
    }

    /** Asks Filevine again and keeps the answer (the profile's "Reload from Filevine"). */
    public OrgMembership reloadMembership() {
        identity.chosenOrg().ifPresent(org -> cache.forget(identity.getUser().userId(), org.id(), MEMBERSHIP));
        return membership();
    }

    /** The org's users, kept for 15 minutes (ReportCache). */
    public List<OrgUser> users() {
        return cached("users", () -> new ArrayList<>(WireTranslation.each(
                signed().all(Operation.USERS, (offset, limit) -> api.users(offset, limit)), WireTranslation::orgUser)));
    }

    // ---- projects ----------------------------------------------------------------------------------------

    /**
     * One page of projects, for a table that pages itself. A type filter that Filevine did not apply (it is not
     * a published parameter) is applied here: the page may then hold fewer rows, and its total is unknown.
     */
    public ItemPage<ProjectRow> projectsPage(ProjectQuery query, int offset, int limit) {
        FvItemList<FvProject> page = signed().one(Operation.PROJECTS, () -> projects(query, offset, limit));
        List<ProjectRow> rows = WireTranslation.each(page.items, WireTranslation::project);
        List<ProjectRow> ofType = ofType(query, rows);
        boolean hasMore = Boolean.TRUE.equals(page.hasMore);
        if (ofType.size() == rows.size()) {
            return ItemPage.of(rows, offset, limit, hasMore, page.count);
        }
        return new ItemPage<>(ofType, offset, limit, hasMore, offset == 0 && !hasMore ? ofType.size() : -1);
    }

    /**
     * Every matching project, page by page in order, to {@code sink}: memory holds a few pages, not the list.
     * {@code total} hears first how many match (-1 when Filevine does not say, or a type filter is applied here).
     */
    public int eachProjectPage(ProjectQuery query, IntConsumer total, Consumer<List<ProjectRow>> sink) {
        IntConsumer matching = query.projectTypeId() == null ? total : count -> total.accept(-1);
        return signed().walk(Operation.PROJECTS, (offset, limit) -> projects(query, offset, limit), matching,
                page -> sink.accept(ofType(query, WireTranslation.each(page, WireTranslation::project))));
    }

    /** Only the matters of the query's type: Filevine's published list operation has no type filter. */
    private static List<ProjectRow> ofType(ProjectQuery query, List<ProjectRow> rows) {
        Integer type = query.projectTypeId();
        return type == null ? rows : rows.stream().filter(row -> row.projectTypeId() == type).toList();
    }

    private FvItemList<FvProject> projects(ProjectQuery q, int offset, int limit) {
        return api.projects(offset, limit, q.searchTerm(), q.name(), q.number(), q.phaseName(), q.projectTypeId(),
                q.hashtag(), iso(q.incidentDate()), iso(q.createdSince()),
                q.latestActivitySince() == null ? null : q.latestActivitySince().toString(),
                q.latestActivityBefore() == null ? null : q.latestActivityBefore().toString(),
                q.excludeArchived() ? Boolean.TRUE : null,
                q.sortBy() == null ? null : q.sortBy().wire(), q.descending() ? "desc" : "asc",
                q.requestedFieldsParameter());
    }

    /** A project's description (not part of a row: it can be long, and only the matter's page shows it). */
    public record ProjectWithDescription(ProjectRow row, String description) {
    }

    public ProjectWithDescription projectWithDescription(int projectId) {
        FvProject project = signed().one(Operation.PROJECT, () -> api.project(projectId));
        return new ProjectWithDescription(WireTranslation.project(project), project.description);
    }

    /** Vitals in Filevine's order (by position, where given). */
    public List<Vital> vitals(int projectId) {
        return WireTranslation.each(signed().one(Operation.VITALS, () -> api.vitals(projectId)).stream()
                .sorted(Comparator.comparing(v -> v.position == null ? Integer.MAX_VALUE : v.position))
                .toList(), WireTranslation::vital);
    }

    public List<ProjectContact> projectContacts(int projectId) {
        return WireTranslation.each(signed().all(Operation.PROJECT_CONTACTS,
                (offset, limit) -> api.projectContacts(projectId, offset, limit)), WireTranslation::projectContact);
    }

    /** Notes, tasks, emails of a project; {@code type} Note/Task/Email or null for all; dates may be null. */
    public List<Note> notes(int projectId, String type, LocalDate createdSince, LocalDate createdBefore) {
        return WireTranslation.each(signed().all(Operation.NOTES, (offset, limit) -> api.notes(projectId, offset, limit,
                type, iso(createdSince), iso(createdBefore))), WireTranslation::note);
    }

    public List<Deadline> deadlines(int projectId) {
        return WireTranslation.each(signed().all(Operation.DEADLINES,
                (offset, limit) -> api.deadlines(projectId, offset, limit)), WireTranslation::deadline);
    }

    /** The open tasks assigned to the signed-in user on any matter, due by {@code until}: one paged call. */
    public List<Note> myTasks(LocalDate until) {
        int me = identity.getUser().userId();
        return WireTranslation.each(signed().all(Operation.USER_TASKS,
                (offset, limit) -> api.userTasks(me, offset, limit, endOf(until), Boolean.FALSE)), WireTranslation::note);
    }

    /**
     * The deadlines on the signed-in user's Filevine calendar between two days (one paged call): which matters
     * have a deadline then, not whether it is done.
     */
    public List<CalendarDeadline> myCalendarDeadlines(LocalDate from, LocalDate until) {
        int me = identity.getUser().userId();
        return signed().all(Operation.USER_CALENDAR, (offset, limit) -> api.userCalendar(me, offset, limit,
                        Boolean.TRUE, Boolean.FALSE, from.atStartOfDay(ZoneOffset.UTC).toInstant().toString(), endOf(until)))
                .stream().map(WireTranslation::calendarDeadline).filter(Objects::nonNull).toList();
    }

    /** The end of a day as Filevine's date-time filters take it. */
    private static String endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).minusSeconds(1).toInstant().toString();
    }

    public List<TeamMember> team(int projectId) {
        return WireTranslation.each(signed().all(Operation.TEAM,
                (offset, limit) -> api.team(projectId, offset, limit)), WireTranslation::teamMember);
    }

    public List<Document> documents(int projectId) {
        return WireTranslation.each(signed().all(Operation.DOCUMENTS,
                (offset, limit) -> api.documents(projectId, offset, limit)), WireTranslation::document);
    }

    /** The pre-signed download URL of a document: the browser goes there, the bytes never pass through here. */
    public URI downloadUrl(int documentId) {
        String url = signed().one(Operation.LOCATOR, () -> api.locator(documentId)).url;
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new FilevineException(FilevineException.Kind.UNREADABLE, 200,
                    new IllegalStateException("locator answered without a usable URL"));
        }
        return URI.create(url);
    }

    // ---- project types and contacts ---------------------------------------------------------------------

    /** The org's project types, kept for 15 minutes (ReportCache). */
    public List<ProjectType> projectTypes() {
        return cached("projectTypes", () -> new ArrayList<>(WireTranslation.each(signed().all(Operation.PROJECT_TYPES,
                (offset, limit) -> api.projectTypes(offset, limit)), WireTranslation::projectType)));
    }

    /** A project type's phase names in Filevine's order (no position is published), kept for 15 minutes (ReportCache). */
    public List<String> phases(int projectTypeId) {
        return cached("phases/" + projectTypeId, () -> new ArrayList<>(WireTranslation.each(
                signed().all(Operation.PHASES, (offset, limit) -> api.phases(projectTypeId, offset, limit)),
                phase -> phase.name)));
    }

    public ItemPage<Contact> contactsPage(String name, int offset, int limit) {
        var page = signed().one(Operation.CONTACTS, () -> api.contacts(offset, limit, name));
        return ItemPage.of(WireTranslation.each(page.items, WireTranslation::contact), offset, limit,
                Boolean.TRUE.equals(page.hasMore), page.count);
    }

    public Contact contact(int contactId) {
        return WireTranslation.contact(signed().one(Operation.CONTACT, () -> api.contact(contactId)));
    }

    // ---- work on many projects at once ------------------------------------------------------------------

    /** Per-project reads usable on worker threads: bound to the credentials of the request that started them. */
    public interface ProjectCalls {
        List<Deadline> deadlines(int projectId);

        /** The matter's tasks due by {@code until} (its task list, not every note). */
        List<Note> tasks(int projectId, LocalDate until);
    }

    /**
     * {@code work} for each project, at most {@code filevine.page-parallelism} at once on worker threads, results
     * in the order of {@code projectIds}. Each call still takes the org's budget and the retry rules; a 401 is
     * renewed on the request thread and that project's work done again.
     */
    public <T> List<T> forEachProject(List<Integer> projectIds, BiFunction<ProjectCalls, Integer, T> work) {
        SignedCalls signed = signed();
        ProjectCalls bound = new ProjectCalls() {
            @Override
            public List<Deadline> deadlines(int projectId) {
                return WireTranslation.each(signed.allHere(Operation.DEADLINES,
                        (offset, limit) -> api.deadlines(projectId, offset, limit)), WireTranslation::deadline);
            }

            @Override
            public List<Note> tasks(int projectId, LocalDate until) {
                return WireTranslation.each(signed.allHere(Operation.PROJECT_TASKS,
                        (offset, limit) -> api.projectTasks(projectId, offset, limit, endOf(until))), WireTranslation::note);
            }
        };
        return signed.map(projectIds, id -> work.apply(bound, id));
    }

    // ---- how every call is made -------------------------------------------------------------------------

    private <T extends Serializable> T cached(String what, Supplier<T> load) {
        int org = identity.chosenOrg().orElseThrow(() -> new IllegalStateException("no org chosen")).id();
        return cache.get(identity.getUser().userId(), org, what, load);
    }

    /** Calls with this request's credentials (decided here, on the request thread, where the session lives). */
    private SignedCalls signed() {
        if (api == null) {
            throw new FilevineException(FilevineException.Kind.NOT_CONFIGURED, 0, null);
        }
        String bearer = renewal.freshAccessToken();
        CallLane lane = CallLane.current();
        AtomicInteger made = callCount.counter();
        CallCredentials credentials = identity.chosenOrg()
                .map(org -> new CallCredentials(bearer, org.id(), identity.getUser().userId(), lane, made))
                .orElseGet(() -> new CallCredentials(bearer, null, null, lane, made));
        return new SignedCalls(calls, renewal, credentials, pageExecutor, pageParallelism);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
