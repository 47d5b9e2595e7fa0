package com.vinereports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.DashboardFigures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history store on a real database, from an empty one: each subclass names the database (H2, the default, and
 * PostgreSQL, production's), the tests are the same. The provider is EclipseLink, Payara's.
 */
abstract class HistoryStoreContract {

    static final LocalDate DAY_1 = LocalDate.of(2026, 11, 2);
    static final LocalDate DAY_2 = DAY_1.plusDays(1);
    static final LocalDate DAY_3 = DAY_1.plusDays(2);

    HistoryDatabase database;
    HistoryStore store;

    abstract String url();

    abstract String user();

    abstract String password();

    @BeforeEach
    void open() {
        database = HistoryDatabase.open(url(), user(), password(), 2);
        store = new HistoryStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static ProjectRow matter(int id, String phase, LocalDate phaseDate, boolean archived) {
        return new ProjectRow(id, "N-" + id, "Matter " + id, "Client", 7, "PI", phase, phaseDate, DAY_1.minusYears(1),
                null, Instant.parse("2026-10-01T00:00:00Z"), "Erin Walsh", "ewalsh", archived, List.of());
    }

    @Test
    void migrationsCreateTheSchemaFromEmptyAndRunOnce() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
            for (String table : List.of("matter_state", "phase_observation", "daily_figures")) {
                try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
                    assertTrue(rows.next());
                    assertEquals(0, rows.getInt(1), table + " starts empty");
                }
            }
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select count(*) from \"vine_schema_history\" where \"success\" = true and \"version\" is not null")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1), "one migration applied (H2 also lists its schema creation, without a version)");
            }
        }
        database.close();
        open(); // a second start finds the schema current
        assertEquals(0, store.recordMatters(1, List.of(), DAY_1));
    }

    @Test
    void aTransitionIsKeptOnlyWhenPhasePhaseDateOrArchivedChange() {
        List<ProjectRow> first = List.of(matter(1, "Intake", DAY_1.minusDays(10), false),
                matter(2, "Treatment", DAY_1.minusDays(40), false), matter(3, "Demand", DAY_1.minusDays(5), false));
        assertEquals(3, store.recordMatters(10, first, DAY_1), "every matter's first state");
        assertEquals(0, store.recordMatters(10, first, DAY_1), "the same states again: nothing");
        List<ProjectRow> second = List.of(matter(1, "Treatment", DAY_2, false),
                matter(2, "Treatment", DAY_1.minusDays(40), false), matter(3, "Demand", DAY_1.minusDays(5), true));
        assertEquals(2, store.recordMatters(10, second, DAY_2), "a new phase and an archiving");
        assertEquals(0, store.recordMatters(10, second, DAY_3));

        Map<Integer, List<Transition>> kept = store.transitions(10, List.of(1, 2, 3));
        assertEquals(List.of("Intake", "Treatment"), kept.get(1).stream().map(Transition::phaseName).toList());
        assertEquals(List.of(DAY_1, DAY_2), kept.get(1).stream().map(Transition::seenOn).toList());
        assertEquals(1, kept.get(2).size());
        assertEquals(List.of(false, true), kept.get(3).stream().map(Transition::archived).toList());
        assertEquals(List.of(1, 2), kept.get(3).stream().map(Transition::seq).toList());
        assertEquals(DAY_1, store.firstDay(10).orElseThrow());
    }

    @Test
    void aBigOrgIsRecordedInChunksAndComparedInOneRead() {
        List<ProjectRow> matters = new ArrayList<>();
        for (int id = 1; id <= HistoryStore.CHUNK * 2 + 17; id++) {
            matters.add(matter(id, id % 3 == 0 ? "Intake" : "Treatment", DAY_1.minusDays(id % 50), id % 7 == 0));
        }
        assertEquals(matters.size(), store.recordMatters(20, matters, DAY_1));
        matters.set(1500, matter(1501, "Settled", DAY_2, false));
        assertEquals(1, store.recordMatters(20, matters, DAY_2));
        assertEquals(2, store.transitions(20, List.of(1501)).get(1501).size());
    }

    @Test
    void orgsAndUsersNeverSeeEachOthersHistory() {
        store.recordMatters(1, List.of(matter(5, "Intake", DAY_1, false)), DAY_1);
        store.recordMatters(2, List.of(matter(5, "Litigation", DAY_1, false)), DAY_1);
        assertEquals("Intake", store.transitions(1, List.of(5)).get(5).get(0).phaseName());
        assertEquals("Litigation", store.transitions(2, List.of(5)).get(5).get(0).phaseName());
        assertTrue(store.transitions(1, List.of(6)).isEmpty(), "only the matters asked for");

        store.recordFigures(1, 100, DAY_1, figures(3), Instant.now(), false);
        store.recordFigures(2, 100, DAY_1, figures(9), Instant.now(), false);
        store.recordFigures(1, 200, DAY_1, figures(4), Instant.now(), false);
        assertEquals(List.of(3), store.figures(1, 100).stream().map(DaySnapshot::open).toList());
        assertEquals(List.of(9), store.figures(2, 100).stream().map(DaySnapshot::open).toList());
        assertEquals(List.of(4), store.figures(1, 200).stream().map(DaySnapshot::open).toList());
        assertTrue(store.figures(3, 100).isEmpty());
    }

    @Test
    void theDaysLatestFiguresWinAndKeepTheirBars() {
        store.recordFigures(1, 100, DAY_1, figures(3), Instant.now(), false);
        store.recordFigures(1, 100, DAY_1, figures(5), Instant.now(), false);
        store.recordFigures(1, 100, DAY_2, figures(6), Instant.now(), false);
        List<DaySnapshot> days = store.figures(1, 100);
        assertEquals(List.of(DAY_1, DAY_2), days.stream().map(DaySnapshot::day).toList());
        assertEquals(5, days.get(0).open());
        assertEquals(figures(5).byPhase(), days.get(0).byPhase());
        assertFalse(days.get(0).demo());
    }

    @Test
    void thePurgeDeletesWhatIsOlderThanTheRetentionOnly() {
        store.recordMatters(1, List.of(matter(1, "Intake", DAY_1, false)), DAY_1);
        store.recordMatters(1, List.of(matter(1, "Treatment", DAY_3, false)), DAY_3);
        store.recordFigures(1, 100, DAY_1, figures(3), Instant.now(), false);
        store.recordFigures(1, 100, DAY_3, figures(4), Instant.now(), false);
        assertEquals(2, store.purge(DAY_2));
        assertEquals(List.of(DAY_3), store.transitions(1, List.of(1)).get(1).stream().map(Transition::seenOn).toList());
        assertEquals(List.of(DAY_3), store.figures(1, 100).stream().map(DaySnapshot::day).toList());
        assertEquals(0, store.recordMatters(1, List.of(matter(1, "Treatment", DAY_3, false)), DAY_3),
                "the matter's last state survives the purge");
    }

    static DashboardFigures figures(int open) {
        List<ProjectRow> matters = new ArrayList<>();
        for (int id = 1; id <= open; id++) {
            matters.add(matter(id, id % 2 == 0 ? "Intake" : "Treatment", DAY_1, false));
        }
        return DashboardFigures.of(matters, DAY_1);
    }
}
