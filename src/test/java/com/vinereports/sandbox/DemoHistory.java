package com.vinereports.sandbox;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.history.HistoryDatabase;
import com.vinereports.history.HistoryStore;
import com.vinereports.history.Transition;
import com.vinereports.reports.DashboardFigures;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.sandbox.SeedData.SeedUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of simulated history for the demo's database only (marked as demo data, and said so on the pages): each
 * seed matter walked through its type's phases up to its current one, between its creation and its phase date, and
 * each demo user's dashboard figures for every day of the year as those walks make them. The last transition is the
 * matter's state as the simulator serves it, so the app's first recording adds nothing.
 */
public final class DemoHistory {

    static final int DAYS = 365;

    private DemoHistory() {
    }

    /** Writes the year into the H2 database that the app will open in {@code dataDir} (through the app's own store). */
    public static void backfill(Path dataDir, LocalDate today) {
        try (HistoryDatabase database = HistoryDatabase.open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("history"),
                "vine", "", 2)) {
            HistoryStore store = new HistoryStore(database);
            for (SeedData.SeedOrg org : SeedData.ORGS) {
                List<SeedProject> projects = SeedData.projectsOf(org.orgId());
                List<Transition> transitions = new ArrayList<>();
                projects.forEach(project -> transitions.addAll(walk(project, today)));
                store.keep(org.orgId(), transitions);
                for (SeedUser user : SeedData.USERS) {
                    if (user.in(org.orgId()).isEmpty()) {
                        continue;
                    }
                    for (int back = DAYS; back >= 1; back--) {
                        LocalDate day = today.minusDays(back);
                        List<ProjectRow> asOf = projects.stream().filter(p -> !p.createdDate().isAfter(day))
                                .map(p -> asOf(p, day)).toList();
                        store.recordFigures(org.orgId(), user.userId(), day, DashboardFigures.of(asOf, day),
                                day.atTime(18, 0).toInstant(ZoneOffset.UTC), true);
                    }
                }
            }
        }
    }

    /** The matter's phases, oldest first, as kept transitions; those before the year start are left out. */
    static List<Transition> walk(SeedProject project, LocalDate today) {
        LocalDate yearAgo = today.minusDays(DAYS);
        List<Transition> walk = new ArrayList<>();
        for (int phase = 0; phase <= project.phaseIndex(); phase++) {
            LocalDate entered = entered(project, phase);
            boolean current = phase == project.phaseIndex();
            if (entered.isBefore(yearAgo) && !current) {
                continue;
            }
            walk.add(new Transition(project.projectId(), walk.size() + 1, project.type().code(),
                    project.type().phases().get(phase), entered, false, later(entered, yearAgo), true));
        }
        if (project.archived()) {
            LocalDate archivedOn = archivedOn(project, today);
            walk.add(new Transition(project.projectId(), walk.size() + 1, project.type().code(), project.phaseName(),
                    project.phaseDate(), true, later(archivedOn, yearAgo), true));
        }
        return walk;
    }

    /** Phase {@code index} entered evenly between creation and the current phase's date. */
    private static LocalDate entered(SeedProject project, int index) {
        if (index == project.phaseIndex()) {
            return project.phaseDate();
        }
        long span = ChronoUnit.DAYS.between(project.createdDate(), project.phaseDate());
        return project.createdDate().plusDays(span * index / Math.max(1, project.phaseIndex()));
    }

    private static LocalDate archivedOn(SeedProject project, LocalDate today) {
        LocalDate lastActivity = project.lastActivity().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate after = later(lastActivity, project.phaseDate()).plusDays(1);
        return after.isAfter(today) ? today : after;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The matter as the simulator serves it today (for the benchmarks' recordings). */
    public static ProjectRow row(SeedProject project) {
        return new ProjectRow(project.projectId(), project.number(), project.projectName(), project.clientName(),
                project.type().id(), project.type().code(), project.phaseName(), project.phaseDate(),
                project.createdDate(), project.incidentDate(), project.lastActivity(), project.primary().fullName(),
                project.primary().username(), project.archived(), project.hashtags());
    }

    /** The matter as the walk says it was on {@code day}. */
    private static ProjectRow asOf(SeedProject project, LocalDate day) {
        int phase = 0;
        for (int index = 0; index <= project.phaseIndex(); index++) {
            if (!entered(project, index).isAfter(day)) {
                phase = index;
            }
        }
        boolean archived = project.archived() && !archivedOn(project, LocalDate.MAX.minusDays(1)).isAfter(day);
        java.time.Instant activity = project.lastActivity();
        if (activity.atZone(ZoneOffset.UTC).toLocalDate().isAfter(day)) {
            activity = day.minusDays(project.projectId() % 20).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return new ProjectRow(project.projectId(), project.number(), project.projectName(), project.clientName(),
                project.type().id(), project.type().code(), project.type().phases().get(phase), entered(project, phase),
                project.createdDate(), project.incidentDate(), activity, project.primary().fullName(),
                project.primary().username(), archived, project.hashtags());
    }
}
