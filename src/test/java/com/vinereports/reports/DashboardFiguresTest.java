package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers against the seed's ground truth, counted here the plain way. */
class DashboardFiguresTest {

    private static final LocalDate TODAY = SeedData.REFERENCE_DATE;

    static ProjectRow row(SeedProject p) {
        return new ProjectRow(p.projectId(), p.number(), p.projectName(), p.clientName(), p.type().id(), p.type().code(),
                p.phaseName(), p.phaseDate(), p.createdDate(), p.incidentDate(), p.lastActivity(), p.primary().fullName(),
                p.primary().username(), p.archived(), p.hashtags());
    }

    private static List<ProjectRow> hartley() {
        return SeedData.projectsOf(7001).stream().map(DashboardFiguresTest::row).toList();
    }

    @Test
    void headlineNumbersMatchTheSeed() {
        List<SeedProject> seed = SeedData.projectsOf(7001);
        int open = 0;
        int archived = 0;
        int newThisMonth = 0;
        int[] stale = new int[3];
        int[] days = {30, 60, 90};
        for (SeedProject p : seed) {
            if (p.archived()) {
                archived++;
            } else {
                open++;
                for (int i = 0; i < 3; i++) {
                    long idle = ChronoUnit.DAYS.between(p.lastActivity().atZone(java.time.ZoneOffset.UTC).toLocalDate(), TODAY);
                    if (idle > days[i]) {
                        stale[i]++;
                    }
                }
            }
            if (p.createdDate().getYear() == TODAY.getYear() && p.createdDate().getMonth() == TODAY.getMonth()) {
                newThisMonth++;
            }
        }
        DashboardFigures figures = DashboardFigures.of(hartley(), TODAY);
        assertEquals(open, figures.open());
        assertEquals(archived, figures.archived());
        assertEquals(seed.size(), figures.total());
        assertEquals(newThisMonth, figures.newThisMonth());
        assertEquals(stale[0], figures.noActivity30());
        assertEquals(stale[1], figures.noActivity60());
        assertEquals(stale[2], figures.noActivity90());
        assertTrue(figures.noActivity30() >= figures.noActivity60() && figures.noActivity60() >= figures.noActivity90());
        assertTrue(figures.noActivity90() > 0 && figures.open() > figures.noActivity30(), "the seed has both kinds");
    }

    @Test
    void chartsAddUpToTheOpenMattersAndMatchTheSeed() {
        DashboardFigures figures = DashboardFigures.of(hartley(), TODAY);
        Map<String, Integer> phases = new HashMap<>();
        Map<String, Integer> primaries = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        for (SeedProject p : SeedData.projectsOf(7001)) {
            if (!p.archived()) {
                phases.merge(p.phaseName(), 1, Integer::sum);
                primaries.merge(p.primary().fullName(), 1, Integer::sum);
                types.merge(p.type().code(), 1, Integer::sum);
            }
        }
        assertEquals(phases, asMap(figures.byPhase()));
        assertEquals(primaries, asMap(figures.caseloadByPrimary()));
        assertEquals(types, asMap(figures.byType()));
        assertEquals(figures.open(), figures.byPhase().stream().mapToInt(DashboardFigures.Count::count).sum());
        for (int i = 1; i < figures.byPhase().size(); i++) {
            assertTrue(figures.byPhase().get(i - 1).count() >= figures.byPhase().get(i).count(), "largest first");
        }
    }

    @Test
    void newMattersPerMonthCoverTheLastTwelveMonthsOldestFirst() {
        DashboardFigures figures = DashboardFigures.of(hartley(), TODAY);
        assertEquals(12, figures.newPerMonth().size());
        java.time.YearMonth month = java.time.YearMonth.from(TODAY);
        assertEquals(month.minusMonths(11).toString(), figures.newPerMonth().get(0).label());
        assertEquals(month.toString(), figures.newPerMonth().get(11).label());
        long lastYear = SeedData.projectsOf(7001).stream()
                .filter(p -> !p.createdDate().isBefore(month.minusMonths(11).atDay(1))).count();
        assertEquals(lastYear, figures.newPerMonth().stream().mapToInt(DashboardFigures.Count::count).sum());
    }

    private static Map<String, Integer> asMap(List<DashboardFigures.Count> counts) {
        Map<String, Integer> map = new HashMap<>();
        counts.forEach(c -> map.put(c.label(), c.count()));
        return map;
    }
}
