package com.vinereports.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The sandbox's Filevine tenant data: deterministic (fixed seed, fixed reference date), so that tests can
 * compute the ground truth and the demo always shows the same firm.
 */
public final class SeedData {

    /**
     * "Today" for the seed: dates are spread before it, so the demo's dashboard looks like a working firm on any
     * day (fresh activity, new matters this month). One run always sees one firm; tests take their ground
     * truth from the same run.
     */
    public static final LocalDate REFERENCE_DATE = LocalDate.now(ZoneOffset.UTC);

    public record SeedOrg(int orgId, String name) {
    }

    public record Membership(int orgId, int orgUserId, String accessLevel) {
    }

    public record SeedUser(int userId, String username, String password, String firstName, String lastName,
                           String email, List<Membership> memberships) {

        public Optional<Membership> in(int orgId) {
            return memberships.stream().filter(m -> m.orgId() == orgId).findFirst();
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record ProjectType(int id, String code, String name, List<String> phases) {
    }

    public record SeedProject(int orgId, int projectId, ProjectType type, String clientName, String projectName,
                              String number, int phaseIndex, LocalDate createdDate, LocalDate incidentDate,
                              LocalDate phaseDate, Instant lastActivity, SeedUser primary, boolean archived,
                              List<String> hashtags) {

        public String phaseName() {
            return type.phases().get(phaseIndex);
        }

        public int phaseId() {
            return type.id() * 100 + phaseIndex + 1;
        }
    }

    public static final SeedOrg HARTLEY = new SeedOrg(7001, "Hartley & Moss LLP");
    public static final SeedOrg RIVERA = new SeedOrg(7002, "Rivera Injury Group");
    public static final List<SeedOrg> ORGS = List.of(HARTLEY, RIVERA);

    /** Demo logins. The passwords are for the local sandbox only. */
    public static final List<SeedUser> USERS = List.of(
            new SeedUser(10001, "alice", "alice-sandbox", "Alice", "Moss", "alice.moss@hartleymoss.example",
                    List.of(new Membership(7001, 501, "admin"), new Membership(7002, 601, "collaborator"))),
            new SeedUser(10002, "ben", "ben-sandbox", "Ben", "Hartley", "ben.hartley@hartleymoss.example",
                    List.of(new Membership(7001, 502, "full"))),
            new SeedUser(10003, "carla", "carla-sandbox", "Carla", "Rivera", "carla@riverainjury.example",
                    List.of(new Membership(7002, 602, "admin"))),
            new SeedUser(10004, "dev", "dev-sandbox", "Dev", "Patel", "dev.patel@hartleymoss.example",
                    List.of(new Membership(7001, 503, "limited"))),
            new SeedUser(10005, "erin", "erin-sandbox", "Erin", "Walsh", "erin@riverainjury.example",
                    List.of(new Membership(7002, 603, "full"))));

    public static final List<ProjectType> PROJECT_TYPES = List.of(
            new ProjectType(11, "PI", "Personal Injury",
                    List.of("Intake", "Investigation", "Treatment", "Demand", "Negotiation", "Litigation", "Settled", "Closed")),
            new ProjectType(12, "WC", "Workers' Compensation",
                    List.of("Intake", "Medical", "Hearing", "Settlement", "Closed")),
            new ProjectType(13, "MM", "Medical Malpractice",
                    List.of("Intake", "Records Review", "Expert Review", "Discovery", "Trial", "Closed")),
            new ProjectType(14, "EMP", "Employment",
                    List.of("Intake", "Agency Charge", "Discovery", "Mediation", "Closed")));

    /** Hartley & Moss works in all four project types; Rivera Injury Group only in the first three. */
    public static List<ProjectType> typesOf(int orgId) {
        return orgId == RIVERA.orgId() ? PROJECT_TYPES.subList(0, 3) : PROJECT_TYPES;
    }

    /** A firm's matters: the demo firm, or a bigger one for paging tests and benchmarks. */
    public record Firm(List<SeedProject> projects, Map<Integer, List<SeedProject>> byOrg,
                       Map<Integer, SeedProject> byId) {

        static Firm of(List<SeedProject> projects) {
            Map<Integer, List<SeedProject>> byOrg = new LinkedHashMap<>();
            Map<Integer, SeedProject> byId = new HashMap<>();
            for (SeedProject project : projects) {
                byOrg.computeIfAbsent(project.orgId(), key -> new ArrayList<>()).add(project);
                byId.put(project.projectId(), project);
            }
            byOrg.replaceAll((org, list) -> List.copyOf(list));
            return new Firm(List.copyOf(projects), Map.copyOf(byOrg), Map.copyOf(byId));
        }

        public List<SeedProject> projectsOf(int orgId) {
            return byOrg.getOrDefault(orgId, List.of());
        }

        /** A project of the org, or empty (another org's project is as unknown as a missing one). */
        public Optional<SeedProject> project(int orgId, int projectId) {
            return Optional.ofNullable(byId.get(projectId)).filter(p -> p.orgId() == orgId);
        }
    }

    private static final String[] FIRST = {"Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer",
        "David", "Elizabeth", "William", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Paul",
        "Nancy", "Mark", "Lisa", "Steven", "Betty", "Andrew", "Sandra", "Kevin", "Ashley", "Brian", "Emily", "George"};
    private static final String[] LAST = {"Garcia", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez"};
    private static final String[] TAGS = {"#priority", "#spanish", "#minor", "#trucking", "#policylimits", "#referral"};

    /** The demo firm: 300 matters at Hartley & Moss, 200 at Rivera. */
    public static final Firm DEMO = firm(300, 200);

    private SeedData() {
    }

    public static List<SeedProject> projects() {
        return DEMO.projects();
    }

    public static List<SeedProject> projectsOf(int orgId) {
        return DEMO.projectsOf(orgId);
    }

    public static Optional<SeedUser> user(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public static Optional<SeedOrg> org(int orgId) {
        return ORGS.stream().filter(o -> o.orgId() == orgId).findFirst();
    }

    public static List<SeedUser> membersOf(int orgId) {
        return USERS.stream().filter(u -> u.in(orgId).isPresent()).toList();
    }

    public static Map<String, String> demoLogins() {
        Map<String, String> logins = new LinkedHashMap<>();
        USERS.forEach(u -> logins.put(u.username(), u.password()));
        return logins;
    }

    /**
     * A deterministic firm: the same counts give the very same matters, whatever the day. Projects are dealt
     * three to Hartley, two to Rivera while both need more, so the demo's 300 + 200 interleave.
     */
    public static Firm firm(int hartleyProjects, int riveraProjects) {
        Random random = new Random(20261101L);
        List<SeedProject> projects = new ArrayList<>();
        int hartleyLeft = hartleyProjects;
        int riveraLeft = riveraProjects;
        for (int i = 0; hartleyLeft + riveraLeft > 0; i++) {
            boolean toHartley = hartleyLeft > 0 && (riveraLeft == 0 || i % 5 < 3);
            SeedOrg org = toHartley ? HARTLEY : RIVERA;
            if (toHartley) {
                hartleyLeft--;
            } else {
                riveraLeft--;
            }
            List<SeedUser> staff = membersOf(org.orgId());
            List<ProjectType> types = typesOf(org.orgId());
            ProjectType type = types.get(Math.min(weighted(random), types.size() - 1));
            String client = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            LocalDate created = REFERENCE_DATE.minusDays(random.nextInt(1500));
            LocalDate incident = created.minusDays(1 + random.nextInt(400));
            int phase = random.nextInt(type.phases().size());
            LocalDate phaseDate = created.plusDays(random.nextInt((int) Math.max(1, REFERENCE_DATE.toEpochDay() - created.toEpochDay())));
            long activityDaysAgo = random.nextInt(10) < 7 ? random.nextInt(30) : 30 + random.nextInt(400);
            // Consistent dates: incident <= created <= phase date <= last activity <= today (entering a phase is
            // activity); a demo that contradicts itself makes the reports look wrong.
            LocalDate activityDay = REFERENCE_DATE.minusDays(activityDaysAgo);
            Instant lastActivity = (activityDay.isBefore(phaseDate) ? phaseDate : activityDay)
                    .atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            boolean archived = random.nextInt(100) < 12;
            List<String> tags = random.nextInt(3) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
            int projectId = 880000 + i * 7 + 1;
            projects.add(new SeedProject(org.orgId(), projectId, type, client,
                    client + " v. " + LAST[random.nextInt(LAST.length)] + " " + type.code(),
                    String.format("%s-%05d", type.code(), i + 1), phase, created, incident, phaseDate,
                    lastActivity, staff.get(random.nextInt(staff.size())), archived, tags));
        }
        return Firm.of(projects);
    }

    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        return roll < 50 ? 0 : roll < 75 ? 1 : roll < 90 ? 2 : 3;
    }
}
