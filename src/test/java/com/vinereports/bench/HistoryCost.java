package com.vinereports.bench;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.history.HistoryDatabase;
import com.vinereports.history.HistoryStore;
import com.vinereports.reports.DashboardFigures;
import com.vinereports.sandbox.DemoHistory;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.server.Trees;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * P10, the firm's history (issue 14). What recording the big org costs, measured on the store itself (the app's
 * code, EclipseLink as on Payara, H2 as by default and PostgreSQL as in production): the first recording, a later one
 * with nothing changed, one with 2% changed; the database's size after 30 simulated days of changes (2% of the
 * matters change phase and 0.2% are archived each day, 20 users look at the dashboard daily). Then, in the app, the
 * trends and time-in-phase pages (page and report panel) warm at 16 sessions.
 */
final class HistoryCost {

    private static final int DAYS = 30;
    private static final int USERS = 20;
    private static final int TARGET_LEVEL = 16;
    private static final double TARGET_MS = 200;

    private final Lab lab;
    private final Path dir;

    HistoryCost(Lab lab, Path dir) {
        this.lab = lab;
        this.dir = dir;
    }

    void run() throws Exception {
        List<ProjectRow> matters = SeedData.firm(lab.scale().bigOrgProjects(), 0).projectsOf(SeedData.HARTLEY.orgId())
                .stream().map(DemoHistory::row).toList();
        Path h2 = dir.resolve("p10-h2");
        Trees.delete(h2);
        Files.createDirectories(h2);
        String setting = "H2 file, " + matters.size() + " matters, EclipseLink";
        try (HistoryDatabase db = open("jdbc:h2:file:" + h2.toAbsolutePath().resolve("recordings"), "vine")) {
            recordings(db, matters, setting);
        }
        try (HistoryDatabase db = open("jdbc:h2:file:" + h2.toAbsolutePath().resolve("days"), "vine")) {
            days(db, matters);
        }
        size(setting, String.format(Locale.ROOT, "%.1f MB on disk", sizeMb(h2, "days")));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            setting = "PostgreSQL 14, " + matters.size() + " matters, EclipseLink";
            try (HistoryDatabase db = open(postgres.getJdbcUrl("postgres", "postgres"), "postgres")) {
                recordings(db, matters, setting);
            }
            createDatabase(postgres, "days");
            try (HistoryDatabase db = open(postgres.getJdbcUrl("postgres", "days"), "postgres")) {
                days(db, matters);
            }
            size(setting, String.format(Locale.ROOT, "%.1f MB (the three tables with their indexes)", postgresMb(postgres)));
        }
        pagesWarm();
    }

    private static HistoryDatabase open(String url, String user) {
        return HistoryDatabase.open(url, user, "", 4);
    }

    /** Per run, into an org the database has not seen: the first recording, then unchanged, then 2% changed. */
    private void recordings(HistoryDatabase db, List<ProjectRow> matters, String setting) {
        HistoryStore store = new HistoryStore(db);
        Spread first = new Spread();
        Spread unchanged = new Spread();
        Spread changed = new Spread();
        Random random = new Random(14);
        for (int run = 1; run <= lab.scale().runs(); run++) {
            int org = 9_000 + run;
            first.add(timed(() -> store.recordMatters(org, matters, LocalDate.now())));
            unchanged.add(timed(() -> store.recordMatters(org, matters, LocalDate.now())));
            List<ProjectRow> next = change(matters, random, 0.02, 0);
            changed.add(timed(() -> store.recordMatters(org, next, LocalDate.now())));
        }
        lab.table().add("P10", "recording: first look / nothing changed / 2% changed (ms)", setting,
                first.format(0) + " / " + unchanged.format(0) + " / " + changed.format(0));
        Lab.say("P10 %s: first %s ms, unchanged %s ms, 2%% changed %s ms", setting, first.format(0),
                unchanged.format(0), changed.format(0));
    }

    /** One org over 30 days: the first day keeps every matter, then each day's changes and 20 users' figures. */
    private static void days(HistoryDatabase db, List<ProjectRow> matters) {
        HistoryStore store = new HistoryStore(db);
        Random random = new Random(30);
        LocalDate day = LocalDate.now().minusDays(DAYS);
        List<ProjectRow> current = matters;
        for (int d = 0; d < DAYS; d++, day = day.plusDays(1)) {
            current = d == 0 ? current : change(current, random, 0.02, 0.002);
            store.recordMatters(1, current, day);
            DashboardFigures figures = DashboardFigures.of(current, day);
            for (int user = 1; user <= USERS; user++) {
                store.recordFigures(1, user, day, figures, Instant.now(), false);
            }
        }
    }

    private void size(String setting, String size) {
        lab.table().add("P10", "database size after " + DAYS + " days of changes", setting + ", " + USERS + " users", size);
        Lab.say("P10 %s after %d days: %s", setting, DAYS, size);
    }

    /** A copy with {@code phaseShare} of the matters moved to another phase today and {@code archiveShare} archived. */
    private static List<ProjectRow> change(List<ProjectRow> matters, Random random, double phaseShare, double archiveShare) {
        List<ProjectRow> next = new ArrayList<>(matters.size());
        for (ProjectRow m : matters) {
            double roll = random.nextDouble();
            if (roll < phaseShare) {
                LocalDate moved = m.phaseDate() == null ? LocalDate.now() : m.phaseDate().plusDays(1 + random.nextInt(60));
                next.add(new ProjectRow(m.id(), m.number(), m.projectName(), m.clientName(), m.projectTypeId(),
                        m.projectTypeCode(), "Phase " + random.nextInt(8), moved, m.createdDate(), m.incidentDate(),
                        m.lastActivity(), m.primary(), m.primaryUsername(), m.archived(), m.hashtags()));
            } else if (roll < phaseShare + archiveShare && !m.archived()) {
                next.add(new ProjectRow(m.id(), m.number(), m.projectName(), m.clientName(), m.projectTypeId(),
                        m.projectTypeCode(), m.phaseName(), m.phaseDate(), m.createdDate(), m.incidentDate(),
                        m.lastActivity(), m.primary(), m.primaryUsername(), true, m.hashtags()));
            } else {
                next.add(m);
            }
        }
        return next;
    }

    private static double timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** Trends and time in phase, page plus its report panel, warm (the session has the report), at 16 sessions. */
    private void pagesWarm() throws Exception {
        lab.api().latency(BenchScale.PAGE_LATENCY);
        int level = Math.min(TARGET_LEVEL, lab.scale().mostSessions());
        List<AppSession> sessions = lab.signIn(level, PagesUnderLoad.USERS);
        ClosedLoop.View trends = s -> s.deferredView("/app/trends.xhtml", "trends-body", "trend-points");
        ClosedLoop.View phases = s -> s.deferredView("/app/time-in-phase.xhtml", "phases-body", "id=\"phases\"");
        for (AppSession session : sessions) {
            if (!trends.open(session) || !phases.open(session)) {
                throw new IllegalStateException("The history pages of " + session.username() + " failed");
            }
        }
        for (String name : List.of("trends", "time in phase")) {
            ClosedLoop.View view = name.equals("trends") ? trends : phases;
            ClosedLoop.run(sessions, view, lab.scale().warmUp());
            Spread p50 = new Spread();
            Spread p99 = new Spread();
            Spread rate = new Spread();
            int failures = 0;
            for (int run = 1; run <= lab.scale().runs(); run++) {
                ClosedLoop.Run measured = ClosedLoop.run(sessions, view, lab.scale().loadRun());
                p50.add(measured.latencies().p50());
                p99.add(measured.latencies().p99());
                rate.add(measured.viewsPerSecond());
                failures += measured.failures();
                Lab.say("P10 %s warm, %d sessions: %.0f views/s, p50 %.1f ms, p99 %.1f ms", name, level,
                        measured.viewsPerSecond(), measured.latencies().p50(), measured.latencies().p99());
            }
            lab.table().add("P10", name + " page warm (page + report panel)", level + " sessions",
                    String.format(Locale.ROOT, "%s views/s; p50 %s ms; p99 %s ms; %d failed", rate.format(0),
                            p50.format(1), p99.format(1), failures),
                    "p50 < 200 ms", ResultTable.below(p50.median(), TARGET_MS, "ms"));
        }
    }

    private static double sizeMb(Path tree, String prefix) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().startsWith(prefix))
                    .mapToLong(f -> f.toFile().length()).sum() / 1e6;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + name);
        }
    }

    private static double postgresMb(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", "days").getConnection();
             ResultSet size = connection.createStatement().executeQuery("select sum(pg_total_relation_size(t::regclass)) "
                     + "from (values ('matter_state'), ('phase_observation'), ('daily_figures')) as tables(t)")) {
            size.next();
            return size.getLong(1) / 1e6;
        }
    }
}
