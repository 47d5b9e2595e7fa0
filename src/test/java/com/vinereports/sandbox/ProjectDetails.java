package com.vinereports.sandbox;

import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the simulator knows about one matter beyond its list row: vitals, contacts with roles, notes and tasks,
 * deadlines, team and documents. Generated from the project id alone, so the same matter always has the same
 * details and a 50,000-matter firm costs nothing until a detail is asked for.
 */
public record ProjectDetails(List<Vital> vitals, List<Contact> contacts, List<Note> notes, List<Deadline> deadlines,
                             List<TeamMember> team, List<Document> documents) {

    public record Vital(String fieldName, String friendlyName, String fieldType, String value, int position) {
    }

    public record Contact(int contactId, int projectContactId, String role, String fullName, String firstName,
                          String lastName, String phone, String email, String personType) {
    }

    /** typeTag Note, Task or Email; tasks have an assignee, a target date and may be completed. */
    public record Note(int noteId, String typeTag, String body, Instant createdAt, int authorId, Integer assigneeId,
                       Boolean isCompleted, LocalDate targetDate) {
    }

    /** Done when it has a done date (Filevine's only sign of it). */
    public record Deadline(int deadlineId, String name, LocalDate dueDate, LocalDate doneDate) {
        public boolean done() {
            return doneDate != null;
        }
    }

    public record TeamMember(SeedUser user, List<String> roles) {
    }

    public record Document(int documentId, String filename, long size, Instant uploadDate, int uploaderId) {
    }

    private static final String[] ROLES = {"Adjuster", "Opposing Counsel", "Medical Provider", "Witness", "Employer"};
    private static final String[] NAMES = {"Reyes", "Nguyen", "Okafor", "Schmidt", "Kowalski", "Haddad", "Murphy", "Tanaka"};
    private static final String[] DEADLINES = {"Statute of limitations", "Discovery cutoff", "Mediation",
        "Expert disclosure", "Response to motion"};
    private static final String[] TASKS = {"Request medical records", "Call client about treatment",
        "Send demand letter", "Prepare deposition outline", "Follow up with adjuster", "File proof of service"};
    private static final String[] DOCUMENTS = {"intake-form.pdf", "police-report.pdf", "medical-records.pdf",
        "demand-letter.docx", "photos.zip", "settlement-statement.pdf"};

    public static ProjectDetails of(SeedProject project) {
        Random random = new Random(project.projectId() * 7919L);
        List<SeedUser> staff = SeedData.membersOf(project.orgId());
        int base = project.projectId();

        List<Vital> vitals = List.of(
                new Vital("clientName", "Client", "String", project.clientName(), 1),
                new Vital("incidentDate", "Incident date", "Date", project.incidentDate().toString(), 2),
                new Vital("phase", "Phase", "String", project.phaseName(), 3),
                new Vital("primary", "Primary", "String", project.primary().fullName(), 4),
                new Vital("estimatedValue", "Estimated value", "Currency",
                        Integer.toString(5_000 + random.nextInt(100) * 5_000), 5));

        List<Contact> contacts = new ArrayList<>();
        String[] client = project.clientName().split(" ", 2);
        contacts.add(new Contact(base * 10 + 1, base * 10 + 1, "Client", project.clientName(), client[0],
                client.length > 1 ? client[1] : "", phone(random), email(client[0]), "Client"));
        int others = 1 + random.nextInt(3);
        for (int k = 0; k < others; k++) {
            String first = NAMES[random.nextInt(NAMES.length)];
            String last = NAMES[random.nextInt(NAMES.length)];
            String role = ROLES[(k + random.nextInt(ROLES.length)) % ROLES.length];
            contacts.add(new Contact(base * 10 + 2 + k, base * 10 + 2 + k, role, first + " " + last, first, last,
                    phone(random), email(first), role.replace(' ', '_')));
        }

        List<Note> notes = new ArrayList<>();
        int noteCount = random.nextInt(9);
        for (int k = 0; k < noteCount; k++) {
            Instant created = within(project, project.lastActivity().minusSeconds(86_400L * k * (1 + random.nextInt(5))));
            SeedUser author = staff.get(random.nextInt(staff.size()));
            int kind = random.nextInt(3);
            if (kind == 0) {
                SeedUser assignee = staff.get(random.nextInt(staff.size()));
                LocalDate target = SeedData.REFERENCE_DATE.plusDays(random.nextInt(45) - 10);
                notes.add(new Note(base * 100 + k, "Task", TASKS[random.nextInt(TASKS.length)], created,
                        author.userId(), assignee.userId(), random.nextInt(4) == 0, target));
            } else {
                notes.add(new Note(base * 100 + k, kind == 1 ? "Note" : "Email",
                        "Update on " + project.projectName() + " (" + (k + 1) + ")", created, author.userId(),
                        null, null, null));
            }
        }

        List<Deadline> deadlines = new ArrayList<>();
        int deadlineCount = random.nextInt(4);
        for (int k = 0; k < deadlineCount; k++) {
            LocalDate due = SeedData.REFERENCE_DATE.plusDays(random.nextInt(120) - 20);
            boolean done = due.isBefore(SeedData.REFERENCE_DATE) && random.nextBoolean();
            deadlines.add(new Deadline(base * 10 + k, DEADLINES[random.nextInt(DEADLINES.length)], due,
                    done ? due.minusDays(random.nextInt(5)) : null));
        }

        List<TeamMember> team = new ArrayList<>();
        team.add(new TeamMember(project.primary(), List.of("Primary")));
        staff.stream().filter(user -> !user.equals(project.primary())).limit(random.nextInt(3))
                .forEach(user -> team.add(new TeamMember(user, List.of(random.nextBoolean() ? "Paralegal" : "Attorney"))));

        List<Document> documents = new ArrayList<>();
        int documentCount = random.nextInt(5);
        for (int k = 0; k < documentCount; k++) {
            Instant uploaded = within(project, project.createdDate().atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(86_400L * random.nextInt(200)));
            documents.add(new Document(base * 10 + k, DOCUMENTS[(k + random.nextInt(DOCUMENTS.length)) % DOCUMENTS.length],
                    10_000L + random.nextInt(5_000_000), uploaded, staff.get(random.nextInt(staff.size())).userId()));
        }
        return new ProjectDetails(vitals, List.copyOf(contacts), List.copyOf(notes), List.copyOf(deadlines),
                List.copyOf(team), List.copyOf(documents));
    }

    private static String phone(Random random) {
        return String.format("(801) 555-%04d", random.nextInt(10_000));
    }

    private static String email(String name) {
        return name.toLowerCase(java.util.Locale.ROOT) + "@example.com";
    }

    /** A note or upload happens while the matter exists: between its creation and its last activity. */
    static Instant within(SeedProject project, Instant at) {
        Instant created = project.createdDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        return at.isBefore(created) ? created : at.isAfter(project.lastActivity()) ? project.lastActivity() : at;
    }
}
