package com.vinereports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trends and time in phase on the real WAR, against the seed's ground truth: what stands on Filevine's present
 * (current phases, created dates, today's figures) is exact from the first day, what a report read is kept, and a
 * user sees only their org's matters. (Transitions, percentiles and the database itself: the unit tests.)
 */
@Tag(Suites.SANDBOX)
class HistorySandboxIT extends SandboxIT {

    private static List<Map<?, ?>> list(Map<String, Object> json, String name) {
        return ((List<?>) json.get(name)).stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    private static int number(Map<?, ?> json, String name) {
        return ((Number) json.get(name)).intValue();
    }

    @Test
    void timeInPhaseCountsEveryOpenMattersCurrentPhaseFromTheFirstDay() throws Exception {
        LocalDate today = LocalDate.now();
        List<SeedProject> rivera = SeedData.projectsOf(7002);
        Map<String, Integer> expected = new HashMap<>();
        rivera.stream().filter(p -> !p.archived() && !p.phaseDate().isAfter(today))
                .forEach(p -> expected.merge(p.type().code() + "/" + p.phaseName(), 1, Integer::sum));
        try (Browser carla = signedIn("carla")) {
            Map<String, Object> report = json(carla, "/api/v1/time-in-phase");
            Map<String, Integer> current = new HashMap<>();
            for (Map<?, ?> phase : list(report, "phases")) {
                if (number(phase, "current") > 0) {
                    current.put(phase.get("projectType") + "/" + phase.get("phase"), number(phase, "current"));
                }
                assertTrue(number(phase, "p90Days") >= number(phase, "medianDays") && number(phase, "medianDays") >= 0);
            }
            assertEquals(expected, current, "every open matter in its current phase, by project type");
            Set<Integer> open = rivera.stream().filter(p -> !p.archived()).map(SeedProject::projectId).collect(Collectors.toSet());
            for (Map<?, ?> stuck : list(report, "stuck")) {
                assertTrue(open.contains(number(stuck, "projectId")), "a stuck matter is one of the user's open matters");
                assertTrue(number(stuck, "days") > number(stuck, "p90Days"));
            }
            String csv = carla.send("GET", BASE + "/api/v1/time-in-phase.csv", Map.of(), null).getContentAsString();
            assertTrue(csv.startsWith("project type,phase,stays measured,open now,median days,90th percentile days\r\n"), csv);
            assertEquals(list(report, "phases").size() + list(report, "stuck").size() + 3, csv.split("\r\n", -1).length - 1,
                    "a line per phase and per stuck matter, two headers and the blank line between");
        }
    }

    @Test
    void trendsShowTodaysFiguresAndTheMattersCreatedPerMonth() throws Exception {
        LocalDate today = LocalDate.now();
        List<SeedProject> hartley = SeedData.projectsOf(7001);
        try (Browser ben = signedIn("ben")) {
            Map<String, Object> trends = json(ben, "/api/v1/trends");
            List<Map<?, ?>> points = list(trends, "points");
            Map<?, ?> last = points.get(points.size() - 1);
            assertEquals(today.toString(), last.get("day"));
            assertEquals(hartley.stream().filter(p -> !p.archived()).count(), number(last, "open"));
            assertEquals(hartley.stream().filter(SeedProject::archived).count(), number(last, "archived"));
            for (Map<?, ?> month : list(trends, "months")) {
                YearMonth which = YearMonth.parse((String) month.get("month"));
                assertEquals(hartley.stream().filter(p -> YearMonth.from(p.createdDate()).equals(which)).count(),
                        number(month, "created"), which.toString());
            }
            assertEquals(12, list(trends, "months").size());
            assertEquals(400, ben.send("GET", BASE + "/api/v1/trends?period=hourly", Map.of(), null).getStatusCode());
            String csv = ben.send("GET", BASE + "/api/v1/trends.csv?period=weekly", Map.of(), null).getContentAsString();
            assertTrue(csv.startsWith("day,open,no activity 30+,no activity 60+,no activity 90+,archived,demo data\r\n"), csv);
        }
    }

    /** The recording runs after the report has answered: a new session (a new report) finds it kept. */
    @Test
    void whatAReportReadIsKeptAndEachUserSeesOnlyTheirOrgsMatters() throws Exception {
        Set<Integer> hartleyIds = SeedData.projectsOf(7001).stream().map(SeedProject::projectId).collect(Collectors.toSet());
        Set<Integer> riveraIds = SeedData.projectsOf(7002).stream().map(SeedProject::projectId).collect(Collectors.toSet());
        try (Browser dev = signedIn("dev")) {
            json(dev, "/api/v1/dashboard");
        }
        Object since = null;
        for (int attempt = 0; attempt < 20 && since == null; attempt++) {
            try (Browser dev = signedIn("dev")) {
                Map<String, Object> report = json(dev, "/api/v1/time-in-phase");
                since = report.get("historySince");
                for (Map<?, ?> stuck : list(report, "stuck")) {
                    assertTrue(hartleyIds.contains(number(stuck, "projectId")), "Hartley's matters only");
                }
            }
            if (since == null) {
                Thread.sleep(500);
            }
        }
        assertNotNull(since, "the first report's matters were kept");
        assertTrue(!LocalDate.parse((String) since).isAfter(LocalDate.now()));
        try (Browser erin = signedIn("erin")) {
            Map<String, Object> trends = json(erin, "/api/v1/trends");
            List<Map<?, ?>> points = list(trends, "points");
            assertEquals(SeedData.projectsOf(7002).stream().filter(p -> !p.archived()).count(),
                    number(points.get(points.size() - 1), "open"), "Rivera's figures, not Hartley's");
            for (Map<?, ?> stuck : list(json(erin, "/api/v1/time-in-phase"), "stuck")) {
                assertTrue(riveraIds.contains(number(stuck, "projectId")), "Rivera's matters only");
            }
        }
    }
}
