package com.vinereports.sandbox;

import com.vinereports.sandbox.ProjectDetails.Contact;
import com.vinereports.sandbox.ProjectDetails.Deadline;
import com.vinereports.sandbox.ProjectDetails.Document;
import com.vinereports.sandbox.ProjectDetails.Note;
import com.vinereports.sandbox.ProjectDetails.TeamMember;
import com.vinereports.sandbox.ProjectDetails.Vital;
import com.vinereports.sandbox.SeedData.ProjectType;
import com.vinereports.sandbox.SeedData.SeedOrg;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON shapes of Filevine's API v2 (camelCase on the wire), built from the seed. Every field is one that
 * Filevine's published description lists, with the kind it gives ({@code src/test/resources/filevine-contract},
 * checked by {@code SimulatorContractTest}): ids are {@code {native, partner}} objects, a deadline is done by
 * its {@code doneDate}, team roles are objects. Where the description leaves the wire open, {@link Wire} picks.
 */
final class SimulatorJson {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    /**
     * What the published description does not settle.
     *
     * @param countIsTotal     {@code count} as the number of all matching items; false (the default, the
     *                         stricter case for a client): the number of items in the page
     * @param userTypeAsNumber {@code userType} as its number (0..4); false (the default): as its name
     */
    record Wire(boolean countIsTotal, boolean userTypeAsNumber) {

        /** From system properties {@code sandbox.count=page|total} and {@code sandbox.userType=name|number}. */
        static Wire fromSystemProperties() {
            return new Wire("total".equalsIgnoreCase(System.getProperty("sandbox.count", "page")),
                    "number".equalsIgnoreCase(System.getProperty("sandbox.userType", "name")));
        }
    }

    private static final String[] USER_TYPES = {"Customer", "FederatedCustomer", "Partner", "Employee", "ServiceAccount"};
    private static final int EMPLOYEE = 3;

    private SimulatorJson() {
    }

    /** The {@code ItemList} envelope around one page; {@code count} as {@code wire} says. */
    static <T> Map<String, Object> page(String path, List<T> all, Map<String, String> query,
                                        Function<T, Map<String, Object>> shape, Wire wire) {
        int limit = Math.min(MAX_LIMIT, Math.max(1, parse(query.get("limit"), DEFAULT_LIMIT)));
        int offset = Math.max(0, parse(query.get("offset"), 0));
        Set<String> fields = requestedFields(query.get("requestedFields"));
        List<Map<String, Object>> items = all.stream().skip(offset).limit(limit).map(shape)
                .map(item -> trim(item, fields)).toList();
        boolean hasMore = offset + items.size() < all.size();
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("items", items);
        list.put("count", wire.countIsTotal() ? all.size() : items.size());
        list.put("offset", offset);
        list.put("limit", limit);
        list.put("hasMore", hasMore);
        list.put("lastID", null);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", path + "?offset=" + offset + "&limit=" + limit);
        links.put("prev", offset == 0 ? null : path + "?offset=" + Math.max(0, offset - limit) + "&limit=" + limit);
        links.put("next", hasMore ? path + "?offset=" + (offset + limit) + "&limit=" + limit : null);
        list.put("links", links);
        list.put("requestedFields", query.getOrDefault("requestedFields", "*"));
        return list;
    }

    private static Set<String> requestedFields(String requested) {
        if (requested == null || requested.isBlank() || "*".equals(requested.trim())) {
            return null;
        }
        Set<String> fields = new HashSet<>();
        Arrays.stream(requested.split(",")).map(String::trim).filter(f -> !f.isEmpty()).forEach(fields::add);
        return fields;
    }

    private static Map<String, Object> trim(Map<String, Object> item, Set<String> fields) {
        if (fields == null) {
            return item;
        }
        Map<String, Object> trimmed = new LinkedHashMap<>();
        item.forEach((key, value) -> {
            if (fields.contains(key)) {
                trimmed.put(key, value);
            }
        });
        return trimmed;
    }

    static Map<String, Object> id(int nativeId) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("native", nativeId);
        id.put("partner", null);
        return id;
    }

    static Map<String, Object> user(SeedUser user, Wire wire) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", id(user.userId()));
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("email", user.email());
        json.put("username", user.username());
        json.put("userType", wire.userTypeAsNumber() ? (Object) EMPLOYEE : USER_TYPES[EMPLOYEE]);
        return json;
    }

    static Map<String, Object> org(SeedOrg org) {
        return Map.of("orgId", org.orgId(), "name", org.name());
    }

    static Map<String, Object> orgUser(SeedUser user, SeedOrg org, Wire wire) {
        SeedData.Membership membership = user.in(org.orgId()).orElseThrow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orgUserId", id(membership.orgUserId()));
        json.put("userName", user.username());
        json.put("isActive", true);
        json.put("createdDateTime", "2021-03-15T09:30:00Z");
        json.put("email", user.email());
        json.put("org", org(org));
        json.put("user", user(user, wire));
        json.put("permissions", Map.of("accessLevel", membership.accessLevel()));
        return json;
    }

    static Map<String, Object> project(SeedProject p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectId", id(p.projectId()));
        json.put("projectTypeId", id(p.type().id()));
        json.put("projectTypeCode", p.type().code());
        json.put("clientId", id(p.projectId() * 10 + 1));
        json.put("clientName", p.clientName());
        json.put("projectName", p.projectName());
        json.put("phaseId", id(p.phaseId()));
        json.put("phaseName", p.phaseName());
        json.put("phaseDate", p.phaseDate() + "T00:00:00Z");
        json.put("incidentDate", p.incidentDate() + "T00:00:00Z");
        json.put("description", p.type().name() + " matter for " + p.clientName());
        json.put("number", p.number());
        json.put("createdDate", p.createdDate() + "T00:00:00Z");
        json.put("firstPrimaryName", p.primary().fullName());
        json.put("firstPrimaryUsername", p.primary().username());
        json.put("isArchived", p.archived());
        json.put("lastActivity", p.lastActivity().toString());
        json.put("hashtags", p.hashtags());
        json.put("projectUrl", "https://app.filevine.example/#/project/" + p.projectId());
        return json;
    }

    static Map<String, Object> vital(Vital v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", v.fieldName());
        json.put("friendlyName", v.friendlyName());
        json.put("fieldType", v.fieldType());
        json.put("value", v.value());
        json.put("position", v.position());
        return json;
    }

    static Map<String, Object> projectType(ProjectType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectTypeId", id(type.id()));
        json.put("name", type.name());
        return json;
    }

    static List<Map<String, Object>> phases(ProjectType type) {
        List<Map<String, Object>> phases = new ArrayList<>();
        for (int i = 0; i < type.phases().size(); i++) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("phaseId", id(type.id() * 100 + i + 1));
            json.put("name", type.phases().get(i));
            json.put("isPermanent", i == 0);
            phases.add(json);
        }
        return phases;
    }

    static Map<String, Object> contact(Contact c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", id(c.contactId()));
        json.put("fullName", c.fullName());
        json.put("firstName", c.firstName());
        json.put("lastName", c.lastName());
        json.put("personTypes", List.of(c.personType()));
        json.put("phones", List.of(Map.of("phoneId", id(c.contactId() * 10 + 1), "number", c.phone(), "label", "Mobile")));
        json.put("emails", List.of(Map.of("emailId", id(c.contactId() * 10 + 2), "address", c.email(), "label", "Personal")));
        json.put("addresses", List.of());
        return json;
    }

    static Map<String, Object> projectContact(int projectId, Contact c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("projectContactId", id(c.projectContactId()));
        json.put("projectId", id(projectId));
        json.put("role", c.role());
        json.put("orgContact", contact(c));
        return json;
    }

    static Map<String, Object> note(int projectId, Note n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("noteId", id(n.noteId()));
        json.put("projectId", id(projectId));
        json.put("typeTag", n.typeTag());
        json.put("body", n.body());
        json.put("createdAt", n.createdAt().toString());
        json.put("authorId", id(n.authorId()));
        json.put("assigneeId", n.assigneeId() == null ? null : id(n.assigneeId()));
        json.put("isCompleted", n.isCompleted());
        json.put("targetDate", n.targetDate() == null ? null : n.targetDate() + "T00:00:00Z");
        return json;
    }

    /** A deadline as a user's calendar shows it. */
    record CalendarDeadline(int projectId, Deadline deadline) {
    }

    static Map<String, Object> calendarDeadline(CalendarDeadline entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventUniqueId", "deadline-" + entry.deadline().deadlineId());
        json.put("calendarEventType", "Deadline");
        json.put("projectId", id(entry.projectId()));
        json.put("startUtc", entry.deadline().dueDate() + "T00:00:00Z");
        json.put("allDay", true);
        json.put("title", entry.deadline().name());
        return json;
    }

    static Map<String, Object> deadline(int projectId, Deadline d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deadlineId", id(d.deadlineId()));
        json.put("projectId", id(projectId));
        json.put("name", d.name());
        json.put("dueDate", d.dueDate() + "T00:00:00Z");
        json.put("doneDate", d.doneDate() == null ? null : d.doneDate() + "T00:00:00Z");
        return json;
    }

    static Map<String, Object> teamMember(TeamMember m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", id(m.user().userId()));
        json.put("username", m.user().username());
        json.put("firstName", m.user().firstName());
        json.put("lastName", m.user().lastName());
        json.put("email", m.user().email());
        json.put("fullname", m.user().fullName());
        json.put("isPrimary", m.roles().contains(PRIMARY));
        json.put("isFirstPrimary", m.roles().contains(PRIMARY));
        json.put("teamRoles", m.roles().stream().map(role -> {
            Map<String, Object> teamRole = new LinkedHashMap<>();
            teamRole.put("roleId", id(TEAM_ROLES.indexOf(role) + 1));
            teamRole.put("name", role);
            return teamRole;
        }).toList());
        return json;
    }

    private static final String PRIMARY = "Primary";
    /** The team roles the seed gives, in the order of their role ids. */
    private static final List<String> TEAM_ROLES = List.of(PRIMARY, "Attorney", "Paralegal");

    static Map<String, Object> document(int projectId, Document d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documentId", id(d.documentId()));
        json.put("projectId", id(projectId));
        json.put("filename", d.filename());
        json.put("size", d.size());
        json.put("uploadDate", d.uploadDate().toString());
        json.put("uploaderId", id(d.uploaderId()));
        return json;
    }

    /** camelCase keys to PascalCase, everywhere in the answer: the schemas' spelling, which must bind too. */
    @SuppressWarnings("unchecked")
    static Object pascal(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, inner) ->
                    result.put(key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1), pascal(inner)));
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SimulatorJson::pascal).toList();
        }
        return value;
    }

    static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException notInt) {
            return fallback;
        }
    }
}
