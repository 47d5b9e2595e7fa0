package com.vinereports.filevine;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.Org;
import com.vinereports.auth.SignedInUser;
import com.vinereports.auth.TokenRenewal;
import com.vinereports.filevine.wire.FvContact;
import com.vinereports.filevine.wire.FvDeadline;
import com.vinereports.filevine.wire.FvDocument;
import com.vinereports.filevine.wire.FvItemList;
import com.vinereports.filevine.wire.FvNote;
import com.vinereports.filevine.wire.FvOrg;
import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.filevine.wire.FvPhase;
import com.vinereports.filevine.wire.FvProject;
import com.vinereports.filevine.wire.FvProjectContact;
import com.vinereports.filevine.wire.FvProjectType;
import com.vinereports.filevine.wire.FvTeamMember;
import com.vinereports.filevine.wire.FvUser;
import com.vinereports.filevine.wire.FvUserOrgs;
import com.vinereports.filevine.wire.FvVital;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The only caller of {@link FilevineApi}. Every operation gets a token good for the next minute (a 401 gets one
 * renewal and one retry), the tenant headers of the chosen org, the org's call budget, retries and the circuit
 * breaker ({@link FilevineCalls}); lists are walked to their end ({@link Pager}) with a bounded number of pages
 * in flight; slow-changing data is cached for the session ({@link SessionCache}). Failures leave as
 * {@link FilevineException}s, or {@code SessionEndedException} when only a new login helps.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = FilevineGateway.PAGE_EXECUTOR, maxAsync = 32)
public class FilevineGateway {

    /** Worker threads for parallel pages; bounded for the whole app, whatever the number of reports. */
    static final String PAGE_EXECUTOR = "java:app/concurrent/FilevinePages";

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
    SessionCache cache;

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
        FvUserOrgs answer = call("utils/GetUserOrgsWithToken", () -> api.getUserOrgsWithToken());
        List<Org> orgs = answer.orgs == null ? List.of() : answer.orgs.stream()
                .filter(org -> org.orgId != null)
                .map(org -> new Org(org.orgId, Objects.requireNonNullElse(org.name, "Org " + org.orgId)))
                .toList();
        return new WhoAmI(user(answer.user), orgs);
    }

    /** The user as a member of the chosen org ({@code Users/Me}). */
    public OrgMembership me() {
        FvOrgUser me = call("Users/Me", () -> api.usersMe());
        String accessLevel = me.permissions == null ? null : me.permissions.accessLevel;
        FvOrg org = me.org;
        return new OrgMembership(me.orgUserId == null ? 0 : me.orgUserId, me.userName, me.email,
                Boolean.TRUE.equals(me.isActive), accessLevel, org == null ? null : org.name);
    }

    /**
     * The membership the profile page shows: asked once, then kept in the session cache (a profile view costs
     * no Filevine call after the first; Filevine's samples ask twice on every view).
     */
    public OrgMembership membership() {
        return cached(MEMBERSHIP, this::me);
    }

    /** Asks Filevine again and keeps the answer (the profile's "Reload from Filevine"). */
    public OrgMembership reloadMembership() {
        cache.forget(MEMBERSHIP);
        return membership();
    }

    /** The org's users, cached for the session. */
    public List<FvOrgUser> users() {
        return cached("users", () -> new ArrayList<>(all("Users", (offset, limit) -> api.users(offset, limit))));
    }

    // ---- projects ----------------------------------------------------------------------------------------

    /** One page of projects (for a table that pages itself): items, and how many match in all. */
    public FvItemList<FvProject> projectsPage(ProjectQuery query, int offset, int limit) {
        return call("Projects", () -> projects(query, offset, limit));
    }


    /**
     * Every matching project, page by page in order, to {@code sink}: memory holds a few pages, not the list.
     * {@code total} hears first how many match (-1 when Filevine does not say).
     */
    public int eachProjectPage(ProjectQuery query, java.util.function.IntConsumer total, Consumer<List<FvProject>> sink) {
        return walk("Projects", (offset, limit) -> projects(query, offset, limit), total, sink);
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

    public FvProject project(int projectId) {
        return call("Projects/{id}", () -> api.project(projectId));
    }

    public List<FvVital> vitals(int projectId) {
        return call("Projects/{id}/Vitals", () -> api.vitals(projectId));
    }

    public List<FvProjectContact> projectContacts(int projectId) {
        return all("Projects/{id}/contacts", (offset, limit) -> api.projectContacts(projectId, offset, limit));
    }

    /** Notes, tasks, emails of a project; {@code type} Note/Task/Email or null for all; dates may be null. */
    public List<FvNote> notes(int projectId, String type, LocalDate createdSince, LocalDate createdBefore) {
        return all("Projects/{id}/Notes", (offset, limit) -> api.notes(projectId, offset, limit, type,
                iso(createdSince), iso(createdBefore)));
    }

    public List<FvDeadline> deadlines(int projectId) {
        return all("projects/{id}/deadlines", (offset, limit) -> api.deadlines(projectId, offset, limit));
    }

    public List<FvTeamMember> team(int projectId) {
        return all("projects/{id}/team", (offset, limit) -> api.team(projectId, offset, limit));
    }

    public List<FvDocument> documents(int projectId) {
        return all("Documents", (offset, limit) -> api.documents(projectId, offset, limit));
    }

    public FvDocument document(int documentId) {
        return call("Documents/{id}", () -> api.document(documentId));
    }

    /** The pre-signed download URL of a document: the browser goes there, the bytes never pass through here. */
    public URI downloadUrl(int documentId) {
        String url = call("Documents/{id}/locator", () -> api.locator(documentId)).url;
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new FilevineException(FilevineException.Kind.REJECTED, 200,
                    new IllegalStateException("locator answered without a usable URL"));
        }
        return URI.create(url);
    }

    // ---- project types and contacts ---------------------------------------------------------------------

    /** The org's project types, cached for the session. */
    public List<FvProjectType> projectTypes() {
        return cached("projectTypes", () -> new ArrayList<>(all("ProjectTypes", (offset, limit) -> api.projectTypes(offset, limit))));
    }

    /** A project type's phases in order, cached for the session. */
    public List<FvPhase> phases(int projectTypeId) {
        return cached("phases/" + projectTypeId, () -> new ArrayList<>(
                all("ProjectTypes/{id}/phases", (offset, limit) -> api.phases(projectTypeId, offset, limit))));
    }

    public FvItemList<FvContact> contactsPage(String name, int offset, int limit) {
        return call("Contacts", () -> api.contacts(offset, limit, name));
    }

    public FvContact contact(int contactId) {
        return call("Contacts/{id}", () -> api.contact(contactId));
    }

    // ---- work on many projects at once ------------------------------------------------------------------

    /** Per-project reads usable on worker threads: bound to the credentials of the request that started them. */
    public interface ProjectCalls {
        List<FvDeadline> deadlines(int projectId);

        List<FvNote> notes(int projectId, String type);
    }

    /**
     * {@code work} for each project, at most {@code filevine.page-parallelism} at once on worker threads, results
     * in the order of {@code projectIds}. Each call still takes the org's budget and the retry rules; a 401 is
     * renewed here on the request thread and that project's work done again.
     */
    public <T> List<T> forEachProject(List<Integer> projectIds, java.util.function.BiFunction<ProjectCalls, Integer, T> work) {
        AtomicReference<CallCredentials> credentials = new AtomicReference<>(credentials());
        ProjectCalls bound = new ProjectCalls() {
            @Override
            public List<FvDeadline> deadlines(int projectId) {
                return sequential("projects/{id}/deadlines", credentials,
                        (offset, limit) -> api.deadlines(projectId, offset, limit));
            }

            @Override
            public List<FvNote> notes(int projectId, String type) {
                return sequential("Projects/{id}/Notes", credentials,
                        (offset, limit) -> api.notes(projectId, offset, limit, type, null, null));
            }
        };
        Runnable renew = () -> credentials.set(credentials.get().withBearer(renewal.afterRejection(credentials.get().bearer())));
        try {
            return new Pager(pageExecutor, pageParallelism, renew).map(projectIds, id -> work.apply(bound, id));
        } catch (Unauthorized twice) {
            throw renewal.rejectedAfterRenewal();
        }
    }

    /** All pages of a list, one after the other on the current (worker) thread; a 401 goes up to the caller. */
    private <T> List<T> sequential(String operation, AtomicReference<CallCredentials> credentials, Pager.PageSource<T> source) {
        List<T> items = new ArrayList<>();
        new Pager(Runnable::run, 1, () -> {
            throw new Unauthorized();
        }).walk((offset, limit) -> invoke(operation, credentials.get(), () -> source.fetch(offset, limit)), items::addAll);
        return items;
    }

    // ---- how every call is made -------------------------------------------------------------------------

    private static SignedInUser user(FvUser user) {
        if (user == null || user.userId == null || user.userId.nativeId == null) {
            throw new FilevineException(FilevineException.Kind.REJECTED, 200,
                    new IllegalStateException("GetUserOrgsWithToken answered without user.userId.native"));
        }
        return new SignedInUser(user.userId.nativeId, user.firstName, user.lastName, user.email, user.username);
    }

    private <T extends java.io.Serializable> T cached(String what, Supplier<T> load) {
        int org = identity.chosenOrg().orElseThrow(() -> new IllegalStateException("no org chosen")).id();
        return cache.get(identity.getUser().userId(), org, what, load);
    }

    /**
     * One operation: a fresh token; on 401 one renewal and one retry; a second 401 ends the session. An open
     * circuit answers at once.
     */
    private <T> T call(String operation, Supplier<T> request) {
        CallCredentials credentials = credentials();
        try {
            return invoke(operation, credentials, request);
        } catch (Unauthorized first) {
            CallCredentials renewed = credentials.withBearer(renewal.afterRejection(credentials.bearer()));
            try {
                return invoke(operation, renewed, request);
            } catch (Unauthorized second) {
                throw renewal.rejectedAfterRenewal();
            }
        }
    }

    private <T> T invoke(String operation, CallCredentials credentials, Supplier<T> request) {
        if (api == null) {
            throw new FilevineException(FilevineException.Kind.NOT_CONFIGURED, 0, null);
        }
        try {
            return calls.invoke(operation, credentials, request);
        } catch (CircuitBreakerOpenException open) {
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, open);
        }
    }

    private <T> List<T> all(String operation, Pager.PageSource<T> source) {
        List<T> items = new ArrayList<>();
        walk(operation, source, total -> { }, items::addAll);
        return items;
    }

    /** Walks a list; its pages are fetched on worker threads with this request's credentials. */
    private <T> int walk(String operation, Pager.PageSource<T> source, java.util.function.IntConsumer total,
                         Consumer<List<T>> sink) {
        AtomicReference<CallCredentials> credentials = new AtomicReference<>(credentials());
        Runnable renew = () -> credentials.set(credentials.get().withBearer(renewal.afterRejection(credentials.get().bearer())));
        Pager pager = new Pager(pageExecutor, pageParallelism, renew);
        try {
            return pager.walk((offset, limit) -> invoke(operation, credentials.get(),
                    () -> source.fetch(offset, limit)), total, sink);
        } catch (Unauthorized twice) {
            throw renewal.rejectedAfterRenewal();
        }
    }

    private CallCredentials credentials() {
        String bearer = renewal.freshAccessToken();
        return identity.chosenOrg()
                .map(org -> new CallCredentials(bearer, org.id(), identity.getUser().userId()))
                .orElseGet(() -> new CallCredentials(bearer, null, null));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
