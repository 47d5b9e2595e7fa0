package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleMattersTest {

    @Test
    void openMattersIdleSinceBeforeTheCutOffGroupedByPrimaryBiggestGroupFirst() {
        LocalDate today = SeedData.REFERENCE_DATE;
        Instant before = DashboardFigures.staleBefore(today, 60);
        List<ProjectRow> all = SeedData.projectsOf(7002).stream().map(DashboardFiguresTest::row).toList();
        StaleMatters stale = StaleMatters.of(60, before, all);

        Map<String, Integer> truth = new HashMap<>();
        for (SeedProject p : SeedData.projectsOf(7002)) {
            if (!p.archived() && p.lastActivity().isBefore(before)) {
                truth.merge(p.primary().fullName(), 1, Integer::sum);
            }
        }
        Map<String, Integer> counted = new HashMap<>();
        stale.groups().forEach(g -> counted.put(g.primary(), g.matters().size()));
        assertEquals(truth, counted);
        assertEquals(truth.values().stream().mapToInt(Integer::intValue).sum(), stale.total());
        for (int i = 1; i < stale.groups().size(); i++) {
            assertTrue(stale.groups().get(i - 1).matters().size() >= stale.groups().get(i).matters().size());
        }
        List<ProjectRow> first = stale.groups().get(0).matters();
        for (int i = 1; i < first.size(); i++) {
            assertTrue(!first.get(i - 1).lastActivity().isAfter(first.get(i).lastActivity()), "idlest first");
        }
    }
}
