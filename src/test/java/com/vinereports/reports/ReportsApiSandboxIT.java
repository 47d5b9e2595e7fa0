package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.ProjectDetails;
import com.vinereports.sandbox.Sandbox;
import com.vinereports.sandbox.SandboxLogin;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.testing.Browser;
import com.vinereports.testing.Deployments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reports as JSON and as exports, against the demo firm's ground truth; bad parameters get a 400 body. */
@ExtendWith(ArquillianExtension.class)
class ReportsApiSandboxIT {

    static final String BASE = Deployments.baseUrl();
    private static Sandbox sandbox;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.realWar();
    }

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(Integer.getInteger("it.provider.port"), Integer.getInteger("it.api.port"));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Browser signedIn(String user) throws Exception {
        Browser browser = new Browser(() -> sandbox.api().acceptedTokens());
        SandboxLogin.signIn(browser.open(BASE + "/app/profile.xhtml"), user);
        return browser;
    }

    private static WebResponse get(Browser browser, String path) throws Exception {
        return browser.send("GET", BASE + path, Map.of("Accept", "application/json"), null);
    }

    private static Map<String, Object> json(Browser browser, String path) throws Exception {
        WebResponse answer = get(browser, path);
        assertEquals(200, answer.getStatusCode(), path + ": " + answer.getContentAsString());
        return JSONObjectUtils.parse(answer.getContentAsString());
    }

    @Test
    void dashboardStaleAndUpcomingEqualTheSeedsGroundTruth() throws Exception {
        List<SeedProject> rivera = SeedData.projectsOf(7002);
        LocalDate today = LocalDate.now();
        try (Browser carla = signedIn("carla")) {
            String first = carla.send("GET", BASE + "/app/dashboard.xhtml", Map.of(), null).getContentAsString();
            assertTrue(first.contains("data-progress=\"dashboard\"") && !first.contains("id=\"tile-open\""),
                    "the session's first view loads the figures after the page");
            Map<String, Object> dashboard = json(carla, "/api/v1/dashboard");
            String kept = carla.send("GET", BASE + "/app/dashboard.xhtml", Map.of(), null).getContentAsString();
            assertTrue(kept.contains("id=\"tile-open\"") && kept.contains("<span class=\"number\">" + dashboard.get("open")
                    + "</span> open matters"), "once the session has the figures, the page carries them");
            assertEquals(rivera.stream().filter(p -> !p.archived()).count(), ((Number) dashboard.get("open")).longValue());
            assertEquals(rivera.stream().filter(SeedProject::archived).count(), ((Number) dashboard.get("archived")).longValue());
            Map<String, Integer> phases = new HashMap<>();
            rivera.stream().filter(p -> !p.archived()).forEach(p -> phases.merge(p.phaseName(), 1, Integer::sum));
            Map<String, Integer> shown = new HashMap<>();
            for (Object bar : (List<?>) dashboard.get("byPhase")) {
                Map<?, ?> count = (Map<?, ?>) bar;
                shown.put((String) count.get("label"), ((Number) count.get("count")).intValue());
            }
            assertEquals(phases, shown);
            assertEquals(java.util.Set.of("label", "count"), ((Map<?, ?>) ((List<?>) dashboard.get("byPhase")).get(0)).keySet(),
                    "a bar is its label and count, without the getters Faces needs");

            java.time.Instant before = today.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC);
            long stale = rivera.stream().filter(p -> !p.archived() && p.lastActivity().isBefore(before)).count();
            assertEquals(stale, ((List<?>) json(carla, "/api/v1/stale?days=60").get("groups")).stream()
                    .mapToLong(g -> ((List<?>) ((Map<?, ?>) g).get("matters")).size()).sum());

            LocalDate until = today.plusDays(30);
            long due = 0;
            for (SeedProject p : rivera) {
                if (p.archived()) {
                    continue;
                }
                ProjectDetails d = ProjectDetails.of(p);
                due += d.deadlines().stream().filter(x -> !x.done() && !x.dueDate().isAfter(until)).count();
                due += d.notes().stream().filter(n -> n.typeTag().equals("Task") && !Boolean.TRUE.equals(n.isCompleted())
                        && !n.targetDate().isAfter(until)).count();
            }
            assertEquals(due, ((List<?>) json(carla, "/api/v1/upcoming?days=30&scope=all").get("items")).size());
        }
    }

    @Test
    void badParametersGetA400ThatNamesThem() throws Exception {
        try (Browser ben = signedIn("ben")) {
            Map<String, String> cases = Map.of(
                    "/api/v1/stale?days=0", "days",
                    "/api/v1/upcoming?scope=everyone", "scope",
                    "/api/v1/projects?type=abc", "type",
                    "/api/v1/projects?sort=bogus", "sort",
                    "/api/v1/projects?createdSince=yesterday", "createdSince",
                    "/api/v1/projects?limit=0", "limit",
                    "/api/v1/projects/notanumber", "id");
            for (Map.Entry<String, String> bad : cases.entrySet()) {
                WebResponse answer = get(ben, bad.getKey());
                assertEquals(400, answer.getStatusCode(), bad.getKey());
                Map<String, Object> body = JSONObjectUtils.parse(answer.getContentAsString());
                assertEquals("bad_parameter", body.get("error"), bad.getKey());
                assertEquals(bad.getValue(), body.get("parameter"), bad.getKey());
            }
        }
    }

    @Test
    void exportsHoldTheWholeFilteredListNotJustAPage() throws Exception {
        try (Browser ben = signedIn("ben")) {
            Map<String, Object> page = json(ben, "/api/v1/projects?phase=Intake&archived=false&limit=5");
            int total = (int) SeedData.projectsOf(7001).stream()
                    .filter(p -> p.phaseName().equals("Intake") && !p.archived()).count();
            assertTrue(total > 5, "more than one page's worth");
            assertEquals(true, page.get("hasMore"));
            Map<?, ?> row = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
            assertTrue(row.keySet().stream().noneMatch(key -> key.toString().matches("(get|is)[A-Z].*")),
                    "each matter's properties once, not again under the getters Faces needs: " + row.keySet());

            WebResponse csv = ben.send("GET", BASE + "/app/export/projects.csv?phase=Intake&archived=false", Map.of(), null);
            assertEquals(200, csv.getStatusCode());
            assertTrue(csv.getResponseHeaderValue("Content-Disposition").startsWith("attachment; filename=\"projects-"));
            String[] lines = csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
            assertEquals(total + 1, lines.length, "header + every matching matter");

            WebResponse xlsx = ben.send("GET", BASE + "/app/export/projects.xlsx?phase=Intake&archived=false", Map.of(), null);
            assertEquals(200, xlsx.getStatusCode());
            assertEquals(total + 1, rowsInFirstSheet(xlsx.getContentAsStream().readAllBytes()));

            assertEquals(400, ben.send("GET", BASE + "/app/export/projects.csv?sort=bogus", Map.of(), null).getStatusCode());

            WebResponse api = ben.send("GET", BASE + "/api/v1/projects.csv?phase=Intake&archived=false",
                    Map.of("Accept", "text/csv"), null);
            assertEquals(200, api.getStatusCode());
            assertEquals(total + 1, api.getContentAsString(StandardCharsets.UTF_8).split("\r\n").length,
                    "the API's CSV holds the same rows");
        }
    }

    @Test
    void aFilevineFailureIsAMessageInPlaceWithARetryAndTheRestOfThePageWorks() throws Exception {
        try (Browser dev = signedIn("dev")) {
            for (int attempt = 0; attempt < 4; attempt++) { // the call and its three retries
                sandbox.api().failNext("GET /Projects", 503);
            }
            org.htmlunit.html.HtmlPage failed = dev.open(BASE + "/app/dashboard.xhtml");
            assertEquals(200, failed.getWebResponse().getStatusCode());
            dev.client().waitForBackgroundJavaScriptStartingBefore(5_000); // the figures' panel loads right after the page
            assertTrue(failed.getHtmlElementById("dashboard-error").asNormalizedText().contains("Filevine can't be reached"));
            assertEquals("Dev Patel", failed.getHtmlElementById("current-user").asNormalizedText(), "the header still works");
            com.vinereports.testing.NoStackTrace.assertNone(failed);
            org.htmlunit.html.HtmlPage retried = failed.getAnchorByText("Try again").click();
            dev.client().waitForBackgroundJavaScriptStartingBefore(5_000);
            assertTrue(retried.getElementById("dashboard-error") == null, "the retry shows the figures");
            assertTrue(retried.getHtmlElementById("tile-open").asNormalizedText().contains("open matters"));
        }
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        try (Browser anyone = new Browser(List::of)) {
            WebResponse document = anyone.send("GET", BASE + "/openapi", Map.of("Accept", "application/json"), null);
            assertEquals(200, document.getStatusCode());
            String text = document.getContentAsString();
            for (String path : List.of("/api/v1/projects", "/api/v1/dashboard", "/api/v1/stale", "/api/v1/upcoming",
                    "/api/v1/session", "/api/v1/project-types")) {
                assertTrue(text.contains(path), path + " in the OpenAPI document");
            }
            assertTrue(text.contains("Vine Reports API"));
        }
    }

    /** Through the zip's central directory: POI streams entries with data descriptors, which ZipInputStream mis-reads. */
    private static int rowsInFirstSheet(byte[] xlsx) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher rows = Pattern.compile("<row ").matcher(sheet);
            int count = 0;
            while (rows.find()) {
                count++;
            }
            return count;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
