package com.vinereports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The history's database is down for this app (its URL points where nothing listens): the reports and pages work
 * as ever, recording is skipped, and the history pages say the history is unavailable.
 */
@Tag(Suites.HISTORY_DOWN)
class HistoryDownIT extends SandboxIT {

    private static String loaded(Browser browser, String path, String panel) throws Exception {
        HtmlPage page = browser.open(BASE + path);
        for (int waited = 0; waited < 100 && page.getElementById(panel) == null; waited++) {
            browser.client().waitForBackgroundJavaScript(200);
        }
        return page.asXml();
    }

    @Test
    void reportsAndPagesWorkAndSayTheHistoryIsUnavailable() throws Exception {
        long open = SeedData.projectsOf(7002).stream().filter(p -> !p.archived()).count();
        try (Browser carla = signedIn("carla")) {
            assertEquals(open, ((Number) json(carla, "/api/v1/dashboard").get("open")).longValue());

            Map<String, Object> trends = json(carla, "/api/v1/trends");
            assertEquals(false, trends.get("historyAvailable"));
            assertNull(trends.get("historySince"));
            assertEquals(1, ((List<?>) trends.get("points")).size(), "today's figures, as just read");
            assertTrue(((List<?>) trends.get("months")).stream().allMatch(m -> ((Map<?, ?>) m).get("archived") == null));

            Map<String, Object> phases = json(carla, "/api/v1/time-in-phase");
            assertEquals(false, phases.get("historyAvailable"));
            assertFalse(((List<?>) phases.get("phases")).isEmpty(), "current phases need no history");

            String trendsPage = loaded(carla, "/app/trends.xhtml", "trend-points");
            assertTrue(trendsPage.contains("The history is unavailable right now"), trendsPage);
            String phasesPage = loaded(carla, "/app/time-in-phase.xhtml", "phases");
            assertTrue(phasesPage.contains("The history is unavailable right now"), phasesPage);
            assertTrue(carla.open(BASE + "/app/dashboard.xhtml").asXml().contains("id=\"tile-open\""));
        }
    }
}
