package com.vinereports.filevine;

import com.vinereports.auth.Org;
import com.vinereports.auth.SignedInUser;
import com.vinereports.filevine.wire.FvCalendarItem;
import com.vinereports.filevine.wire.FvContact;
import com.vinereports.filevine.wire.FvDeadline;
import com.vinereports.filevine.wire.FvDocument;
import com.vinereports.filevine.wire.FvNote;
import com.vinereports.filevine.wire.FvOrg;
import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.filevine.wire.FvProject;
import com.vinereports.filevine.wire.FvProjectContact;
import com.vinereports.filevine.wire.FvProjectType;
import com.vinereports.filevine.wire.FvTeamMember;
import com.vinereports.filevine.wire.FvUser;
import com.vinereports.filevine.wire.FvVital;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one place where Filevine's wire types become the app's own: every answer the gateway hands out went
 * through here, so a change in Filevine's shapes is a change in this class and the wire models, nowhere else.
 * Missing parts become empty lists, zero ids or nulls, never a failure: a field Filevine leaves out must not
 * cost the whole answer.
 */
final class WireTranslation {

    private WireTranslation() {
    }

    static SignedInUser user(FvUser user) {
        if (user == null || user.userId == null || user.userId.nativeId == null) {
            throw new FilevineException(FilevineException.Kind.UNREADABLE, 200,
                    new IllegalStateException("GetUserOrgsWithToken answered without user.userId.native"));
        }
        return new SignedInUser(user.userId.nativeId, user.firstName, user.lastName, user.email, user.username);
    }

    static List<Org> orgs(List<FvOrg> orgs) {
        return orgs == null ? List.of() : orgs.stream()
                .filter(org -> org != null && org.orgId != null)
                .map(org -> new Org(org.orgId, Objects.requireNonNullElse(org.name, "Org " + org.orgId)))
                .toList();
    }

    static OrgMembership membership(FvOrgUser me) {
        return new OrgMembership(WireValues.id(me.orgUserId), me.userName, me.email,
                WireValues.yes(me.isActive), me.permissions == null ? null : me.permissions.accessLevel,
                me.org == null ? null : me.org.name);
    }

    static OrgUser orgUser(FvOrgUser u) {
        return new OrgUser(WireValues.id(u.orgUserId), u.user == null ? 0 : WireValues.id(u.user.userId), u.userName,
                u.email, u.permissions == null ? null : u.permissions.accessLevel);
    }

    static ProjectRow project(FvProject p) {
        return new ProjectRow(WireValues.id(p.projectId), p.number, p.projectName, p.clientName,
                WireValues.id(p.projectTypeId), p.projectTypeCode, p.phaseName, WireValues.day(p.phaseDate),
                WireValues.day(p.createdDate), WireValues.day(p.incidentDate), WireValues.instant(p.lastActivity),
                p.firstPrimaryName, p.firstPrimaryUsername, WireValues.yes(p.isArchived), strings(p.hashtags));
    }

    static Vital vital(FvVital v) {
        return new Vital(v.fieldName, v.friendlyName, v.fieldType, text(v.value));
    }

    static ProjectContact projectContact(FvProjectContact contact) {
        FvContact c = contact.orgContact;
        if (c == null) {
            return new ProjectContact(0, contact.role, null, null, null);
        }
        String phone = c.phones == null ? null : c.phones.stream().filter(Objects::nonNull).map(p -> p.number)
                .filter(Objects::nonNull).findFirst().orElse(null);
        String email = c.emails == null ? null : c.emails.stream().filter(Objects::nonNull).map(e -> e.address)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new ProjectContact(WireValues.id(c.personId), contact.role, c.fullName, phone, email);
    }

    static Contact contact(FvContact c) {
        return new Contact(WireValues.id(c.personId), c.fullName, strings(c.personTypes),
                c.phones == null ? List.of() : c.phones.stream().filter(Objects::nonNull).map(p -> p.number)
                        .filter(Objects::nonNull).toList(),
                c.emails == null ? List.of() : c.emails.stream().filter(Objects::nonNull).map(e -> e.address)
                        .filter(Objects::nonNull).toList());
    }

    static Note note(FvNote n) {
        return new Note(WireValues.id(n.noteId), n.typeTag, n.body, WireValues.instant(n.createdAt),
                WireValues.idOrNull(n.assigneeId), WireValues.day(n.targetDate), WireValues.yes(n.isCompleted),
                WireValues.idOrNull(n.projectId));
    }

    /** A calendar entry that is a matter's deadline, or null (an appointment, or one without a matter or date). */
    static CalendarDeadline calendarDeadline(FvCalendarItem item) {
        Integer project = WireValues.idOrNull(item.projectId);
        LocalDate due = WireValues.day(item.startUtc);
        boolean deadline = item.calendarEventType == null || item.calendarEventType.toLowerCase(Locale.ROOT).contains("deadline");
        return deadline && project != null && due != null ? new CalendarDeadline(project, due, item.title) : null;
    }

    static Deadline deadline(FvDeadline d) {
        // Filevine's only sign of a done deadline is its done date.
        return new Deadline(WireValues.id(d.deadlineId), d.name, WireValues.day(d.dueDate), WireValues.day(d.doneDate),
                d.doneDate != null && !d.doneDate.isBlank());
    }

    static TeamMember teamMember(FvTeamMember m) {
        List<String> roles = m.teamRoles == null ? List.of() : m.teamRoles.stream().filter(Objects::nonNull)
                .map(role -> role.name).filter(Objects::nonNull).toList();
        String fullName = m.fullname != null ? m.fullname
                : String.join(" ", strings(Arrays.asList(m.firstName, m.lastName)));
        return new TeamMember(WireValues.id(m.userId), fullName, m.username, roles,
                WireValues.yes(m.isPrimary) || WireValues.yes(m.isFirstPrimary));
    }

    static Document document(FvDocument d) {
        return new Document(WireValues.id(d.documentId), d.filename, d.size == null ? 0 : d.size,
                WireValues.instant(d.uploadDate));
    }

    static ProjectType projectType(FvProjectType type) {
        return new ProjectType(WireValues.id(type.projectTypeId), type.name);
    }

    static <W, T> List<T> each(List<W> items, Function<W, T> translate) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).map(translate).toList();
    }

    /** A vital's value as text: Filevine describes it as "any" (strings, numbers, booleans seen alike). */
    static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.bigDecimalValue().toPlainString();
        }
        return value.toString();
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
