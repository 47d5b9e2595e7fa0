package com.vinereports.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.vinereports.sandbox.FilevineSimulator.Tenant;
import com.vinereports.sandbox.ProjectDetails.Contact;
import com.vinereports.sandbox.ProjectDetails.Document;
import com.vinereports.sandbox.ProjectDetails.Note;
import com.vinereports.sandbox.SeedData.Firm;
import com.vinereports.sandbox.SeedData.ProjectType;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's endpoints: what each answers for the caller's org, and the operation name each call is
 * counted under (the path with ids replaced by {@code {id}}, e.g. {@code "GET /Projects/{id}/Vitals"}).
 */
final class SimulatorRoutes {

    private static final Pattern ID_ROUTE = Pattern.compile("^(/[A-Za-z]+)/(\\d+)(/[A-Za-z]+)?$");

    private final Firm firm;
    private final FilevineSimulator simulator;
    private final Map<Integer, List<Contact>> contactsByOrg = new ConcurrentHashMap<>();

    SimulatorRoutes(Firm firm, FilevineSimulator simulator) {
        this.firm = firm;
        this.simulator = simulator;
    }

    Map<String, Object> userOrgs(SeedUser user) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", SimulatorJson.user(user, simulator.wire()));
        answer.put("orgs", user.memberships().stream()
                .map(m -> SeedData.org(m.orgId()).orElseThrow())
                .map(SimulatorJson::org).toList());
        return answer;
    }

    void route(HttpExchange exchange, String method, String route, Tenant tenant, Map<String, String> query)
            throws IOException {
        int orgId = tenant.org().orgId();
        if (!"GET".equals(method)) {
            simulator.send(exchange, 405, FilevineSimulator.error("Method not allowed"));
            return;
        }
        Matcher byId = ID_ROUTE.matcher(route);
        String operation = byId.matches() ? "GET " + byId.group(1) + "/{id}" + Optional.ofNullable(byId.group(3)).orElse("")
                : "GET " + route;
        simulator.lastQueries.put(operation, Map.copyOf(query));
        if (simulator.steered(exchange, operation, orgId)) {
            return;
        }
        switch (operation) {
            case "GET /Users/Me" -> simulator.send(exchange, 200,
                    SimulatorJson.orgUser(tenant.user(), tenant.org(), simulator.wire()));
            case "GET /Users" -> list(exchange, route, SeedData.membersOf(orgId), query,
                    user -> SimulatorJson.orgUser(user, tenant.org(), simulator.wire()));
            case "GET /Projects" -> projects(exchange, route, orgId, query);
            case "GET /ProjectTypes" -> list(exchange, route, SeedData.typesOf(orgId), query, SimulatorJson::projectType);
            case "GET /Contacts" -> list(exchange, route, contactsOf(orgId).stream()
                    .filter(nameFilter(query.get("searchTerm"))).toList(), query, SimulatorJson::contact);
            case "GET /Documents" -> documents(exchange, route, orgId, query);
            case "GET /users/{id}/tasks", "GET /users/{id}/appointments" -> {
                if (Integer.parseInt(byId.group(2)) != tenant.user().userId()) {
                    simulator.send(exchange, 403, FilevineSimulator.error("Not your calendar"));
                } else if (operation.endsWith("tasks")) {
                    list(exchange, route, tasksAssignedTo(tenant.user().userId(), orgId, query), query,
                            task -> SimulatorJson.note(task.projectId(), task.note()));
                } else {
                    list(exchange, route, calendar(tenant.user(), orgId, query), query, SimulatorJson::calendarDeadline);
                }
            }
            default -> {
                if (byId.matches()) {
                    byId(exchange, operation, route, Integer.parseInt(byId.group(2)), orgId, query);
                } else {
                    simulator.send(exchange, 404, FilevineSimulator.error("No route GET " + route));
                }
            }
        }
    }

    private void byId(HttpExchange exchange, String operation, String route, int id, int orgId, Map<String, String> query)
            throws IOException {
        switch (operation) {
            case "GET /ProjectTypes/{id}/phases" -> {
                Optional<ProjectType> type = SeedData.typesOf(orgId).stream().filter(t -> t.id() == id).findFirst();
                if (type.isEmpty()) {
                    notFound(exchange, "Project type " + id);
                } else {
                    list(exchange, route, SimulatorJson.phases(type.get()), query, phase -> phase);
                }
            }
            case "GET /Contacts/{id}" -> {
                Optional<Contact> contact = project(orgId, id / 10).flatMap(p -> ProjectDetails.of(p).contacts().stream()
                        .filter(c -> c.contactId() == id).findFirst());
                if (contact.isEmpty()) {
                    notFound(exchange, "Contact " + id);
                } else {
                    simulator.send(exchange, 200, SimulatorJson.contact(contact.get()));
                }
            }
            case "GET /Documents/{id}", "GET /Documents/{id}/locator" -> {
                Optional<SeedProject> project = project(orgId, id / 10);
                Optional<Document> document = project.flatMap(p -> ProjectDetails.of(p).documents().stream()
                        .filter(d -> d.documentId() == id).findFirst());
                if (document.isEmpty()) {
                    notFound(exchange, "Document " + id);
                } else if (operation.endsWith("locator")) {
                    simulator.send(exchange, 200, locator(id, document.get()));
                } else {
                    simulator.send(exchange, 200, SimulatorJson.document(project.get().projectId(), document.get()));
                }
            }
            default -> projectPart(exchange, operation, route, id, orgId, query);
        }
    }

    /** Everything under a project: the project itself, vitals, contacts, notes, deadlines, team. */
    private void projectPart(HttpExchange exchange, String operation, String route, int projectId, int orgId,
                             Map<String, String> query) throws IOException {
        Optional<SeedProject> found = project(orgId, projectId);
        if (found.isEmpty()) {
            notFound(exchange, "Project " + projectId);
            return;
        }
        SeedProject project = found.get();
        switch (operation) {
            case "GET /Projects/{id}" -> simulator.send(exchange, 200, SimulatorJson.project(project));
            case "GET /Projects/{id}/Vitals" -> simulator.send(exchange, 200,
                    ProjectDetails.of(project).vitals().stream().map(SimulatorJson::vital).toList());
            case "GET /Projects/{id}/contacts" -> list(exchange, route, ProjectDetails.of(project).contacts(), query,
                    contact -> SimulatorJson.projectContact(projectId, contact));
            case "GET /Projects/{id}/Notes" -> list(exchange, route, notes(project, query), query,
                    note -> SimulatorJson.note(projectId, note));
            case "GET /projects/{id}/deadlines" -> list(exchange, route, ProjectDetails.of(project).deadlines(), query,
                    deadline -> SimulatorJson.deadline(projectId, deadline));
            case "GET /projects/{id}/tasks" -> list(exchange, route, ProjectDetails.of(project).notes().stream()
                    .filter(note -> "Task".equals(note.typeTag()) && dueWithin(note.targetDate(), query)).toList(), query,
                    note -> SimulatorJson.note(projectId, note));
            case "GET /projects/{id}/team" -> list(exchange, route, ProjectDetails.of(project).team(), query,
                    SimulatorJson::teamMember);
            default -> simulator.send(exchange, 404, FilevineSimulator.error("No route " + route));
        }
    }

    private void projects(HttpExchange exchange, String route, int orgId, Map<String, String> query) throws IOException {
        List<SeedProject> matching;
        try {
            matching = ProjectSearch.apply(firm.projectsOf(orgId), query);
        } catch (RuntimeException badParameter) {
            simulator.send(exchange, 400, FilevineSimulator.error("Bad parameter: " + badParameter.getMessage()));
            return;
        }
        list(exchange, route, matching, query, SimulatorJson::project);
    }

    private void documents(HttpExchange exchange, String route, int orgId, Map<String, String> query) throws IOException {
        String projectId = query.get("projectId");
        if (projectId == null) {
            simulator.send(exchange, 400, FilevineSimulator.error("projectId is required"));
            return;
        }
        Optional<SeedProject> project = project(orgId, Integer.parseInt(projectId));
        if (project.isEmpty()) {
            notFound(exchange, "Project " + projectId);
            return;
        }
        list(exchange, route, ProjectDetails.of(project.get()).documents(), query,
                document -> SimulatorJson.document(project.get().projectId(), document));
    }

    private static List<Note> notes(SeedProject project, Map<String, String> query) {
        Predicate<Note> filter = note -> true;
        String type = query.get("filterByType");
        if (type != null && !type.isBlank()) {
            filter = filter.and(note -> note.typeTag().equalsIgnoreCase(type));
        }
        // createdStart/createdEnd as the description names them; it does not say whether the end is included:
        // here it is not (a day's notes are those created from its start to the next day's).
        String since = query.get("createdStart");
        if (since != null && !since.isBlank()) {
            Instant from = ProjectSearch.instant(since);
            filter = filter.and(note -> !note.createdAt().isBefore(from));
        }
        String before = query.get("createdEnd");
        if (before != null && !before.isBlank()) {
            Instant to = ProjectSearch.instant(before);
            filter = filter.and(note -> note.createdAt().isBefore(to));
        }
        return ProjectDetails.of(project).notes().stream().filter(filter).toList();
    }

    /** A task with its matter, as the user's task list gives it. */
    record TaskOf(int projectId, Note note) {
    }

    /** The tasks assigned to the user on the org's matters: open ones only unless includeCompleted=true. */
    private List<TaskOf> tasksAssignedTo(int userId, int orgId, Map<String, String> query) {
        boolean completedToo = "true".equalsIgnoreCase(query.get("includeCompleted"));
        List<TaskOf> tasks = new ArrayList<>();
        for (SeedProject project : firm.projectsOf(orgId)) {
            for (Note note : ProjectDetails.of(project).notes()) {
                if ("Task".equals(note.typeTag()) && Integer.valueOf(userId).equals(note.assigneeId())
                        && (completedToo || !Boolean.TRUE.equals(note.isCompleted())) && dueWithin(note.targetDate(), query)) {
                    tasks.add(new TaskOf(project.projectId(), note));
                }
            }
        }
        return tasks;
    }

    /**
     * The user's calendar: with includeDeadlines=true, every deadline (done or not: a calendar entry has no done
     * date) of the org's matters the user is on the team of, from fromDateTimeUtc to toDateTimeUtc. The seed has
     * no appointments.
     */
    private List<SimulatorJson.CalendarDeadline> calendar(SeedUser user, int orgId, Map<String, String> query) {
        if (!"true".equalsIgnoreCase(query.get("includeDeadlines"))) {
            return List.of();
        }
        Instant from = Optional.ofNullable(query.get("fromDateTimeUtc")).map(ProjectSearch::instant).orElse(Instant.MIN);
        Instant to = Optional.ofNullable(query.get("toDateTimeUtc")).map(ProjectSearch::instant).orElse(Instant.MAX);
        List<SimulatorJson.CalendarDeadline> entries = new ArrayList<>();
        for (SeedProject project : firm.projectsOf(orgId)) {
            ProjectDetails details = ProjectDetails.of(project);
            if (details.team().stream().noneMatch(member -> member.user().equals(user))) {
                continue;
            }
            for (ProjectDetails.Deadline deadline : details.deadlines()) {
                Instant due = deadline.dueDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                if (!due.isBefore(from) && !due.isAfter(to)) {
                    entries.add(new SimulatorJson.CalendarDeadline(project.projectId(), deadline));
                }
            }
        }
        return entries;
    }

    /** taskTargetStart/taskTargetEnd (ISO date-times, both included) on a task's target date. */
    private static boolean dueWithin(java.time.LocalDate target, Map<String, String> query) {
        if (target == null) {
            return query.get("taskTargetEnd") == null && query.get("taskTargetStart") == null;
        }
        Instant at = target.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        String start = query.get("taskTargetStart");
        String end = query.get("taskTargetEnd");
        return (start == null || !at.isBefore(ProjectSearch.instant(start))) && (end == null || !at.isAfter(ProjectSearch.instant(end)));
    }

    /** A pre-signed URL valid an hour; Filevine sends no expiry with it, so neither does this. */
    private Map<String, Object> locator(int documentId, Document document) {
        long expires = Instant.now().plusSeconds(3600).getEpochSecond();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documentId", SimulatorJson.id(documentId));
        json.put("contentType", "application/octet-stream");
        json.put("url", simulator.baseUri() + "/download/" + document.documentId() + "?expires=" + expires
                + "&signature=sim" + Long.toHexString(document.documentId() * 31L + expires));
        return json;
    }

    /** The pre-signed URL's target: no Bearer token, the signature is the permission (as with S3 links). */
    void download(HttpExchange exchange, String id, Map<String, String> query) throws IOException {
        String signature = query.getOrDefault("signature", "");
        long expires = Long.parseLong(query.getOrDefault("expires", "0"));
        int documentId = Integer.parseInt(id);
        boolean valid = signature.equals("sim" + Long.toHexString(documentId * 31L + expires))
                && expires > Instant.now().getEpochSecond();
        byte[] body = (valid ? "Document " + documentId + " (simulated content)\n" : "Link expired or invalid\n")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", valid ? "application/octet-stream" : "text/plain");
        exchange.sendResponseHeaders(valid ? 200 : 403, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private List<Contact> contactsOf(int orgId) {
        return contactsByOrg.computeIfAbsent(orgId, org -> {
            List<Contact> contacts = new ArrayList<>();
            firm.projectsOf(org).forEach(project -> contacts.addAll(ProjectDetails.of(project).contacts()));
            return List.copyOf(contacts);
        });
    }

    private static Predicate<Contact> nameFilter(String name) {
        if (name == null || name.isBlank()) {
            return contact -> true;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return contact -> contact.fullName().toLowerCase(java.util.Locale.ROOT).contains(lower);
    }

    private Optional<SeedProject> project(int orgId, int projectId) {
        return firm.project(orgId, projectId);
    }

    private <T> void list(HttpExchange exchange, String route, List<T> all, Map<String, String> query,
                          java.util.function.Function<T, Map<String, Object>> shape) throws IOException {
        simulator.send(exchange, 200, SimulatorJson.page(FilevineSimulator.PREFIX + route, all, query, shape,
                simulator.wire()));
    }

    private void notFound(HttpExchange exchange, String what) throws IOException {
        simulator.send(exchange, 404, FilevineSimulator.error(what + " not found"));
    }
}
