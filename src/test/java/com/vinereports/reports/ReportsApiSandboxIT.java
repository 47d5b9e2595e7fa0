package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.ProjectDetails;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reports as JSON and as exports, against the demo firm's ground truth; bad parameters get a 400 body. */
@Tag(Suites.SANDBOX)
class ReportsApiSandboxIT extends SandboxIT {


    private static WebResponse get(Browser browser, String path) throws Exception {
        return browser.send("GET", BASE + path, Map.of("Accept", "application/json"), null);
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

    /**
     * The upcoming report from the cheaper sources gives what the matters' own lists give: "my matters" reads each
     * matter's task list and only the deadline lists of matters on the user's calendar; "assigned to me" one task
     * list and one calendar. Counted at the simulator, against two calls per matter before.
     */
    @Test
    void theUpcomingReportReadsTheCheapestSourcesAndFindsWhatTheMattersSay() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate until = today.plusDays(30);
        SeedData.SeedUser me = SeedData.USERS.stream().filter(u -> u.username().equals("ben")).findFirst().orElseThrow();
        List<SeedProject> hartley = SeedData.projectsOf(7001);
        List<SeedProject> mine = hartley.stream().filter(p -> !p.archived() && p.primary().equals(me)).toList();
        long mineDue = mine.stream().mapToLong(p -> openDeadlines(p, until) + openTasks(p, until, null)).sum();
        List<SeedProject> onMyCalendar = hartley.stream().filter(p -> ProjectDetails.of(p).team().stream()
                .anyMatch(m -> m.user().equals(me))).toList();
        long assignedDue = onMyCalendar.stream().mapToLong(p -> openDeadlines(p, until)).sum()
                + hartley.stream().mapToLong(p -> openTasks(p, until, me.userId())).sum();
        try (Browser ben = signedIn("ben")) {
            FilevineSimulator api = sandbox.api();
            Map<String, Integer> before = callCounts(api);
            WebResponse report = get(ben, "/api/v1/upcoming?days=30");
            assertEquals(mineDue, ((List<?>) JSONObjectUtils.parse(report.getContentAsString()).get("items")).size());
            Map<String, Integer> mineCalls = difference(callCounts(api), before);
            assertEquals(total(mineCalls), Integer.parseInt(report.getResponseHeaderValue("X-Filevine-Calls")),
                    "the answer says what it cost");
            long withDeadlineSoon = mine.stream().filter(p -> ProjectDetails.of(p).deadlines().stream()
                    .anyMatch(d -> !d.dueDate().isAfter(until))).count();
            assertEquals(mine.size(), mineCalls.get("GET /projects/{id}/tasks"), "each of my matters' task list");
            assertEquals((int) withDeadlineSoon, mineCalls.get("GET /projects/{id}/deadlines"),
                    "deadline lists only of matters with a deadline on my calendar in the window");
            assertEquals(1, mineCalls.get("GET /users/{id}/appointments"));
            assertEquals(0, mineCalls.get("GET /Projects/{id}/Notes"), "no note lists any more");
            String fields = api.lastQuery("GET /Projects").getOrDefault("requestedFields", "");
            assertTrue(fields.contains("firstPrimaryUsername") && !fields.contains("description"),
                    "the list pages carry only what the report reads: " + fields);

            json(ben, "/api/v1/dashboard"); // the org's figures: what the page's estimate is made from
            String page = ben.send("GET", BASE + "/app/upcoming.xhtml?days=30", Map.of(), null).getContentAsString();
            int estimate = 1 + 1 + 2 * mine.size(); // the list, the calendar, a task list and at most a deadline list each
            assertTrue(page.contains("This report needs up to " + estimate + " Filevine calls"), page);
            assertTrue(estimate >= total(mineCalls), "an upper bound: " + estimate + " against " + total(mineCalls));

            before = callCounts(api);
            assertEquals(assignedDue, ((List<?>) json(ben, "/api/v1/upcoming?days=30&scope=assigned").get("items")).size());
            Map<String, Integer> assignedCalls = difference(callCounts(api), before);
            assertEquals(1, assignedCalls.get("GET /users/{id}/tasks"), "one task list whatever the number of matters");
            assertEquals(0, assignedCalls.get("GET /projects/{id}/tasks"));
            assertEquals(0, assignedCalls.get("GET /Projects/{id}"), "the matters' rows from the org's list");
            System.out.printf("Upcoming (30 days) for ben: my matters %d calls (%d matters; 2 per matter before: %d);"
                    + " assigned to me %d calls%n", total(mineCalls), mine.size(), 2 * mine.size() + 1, total(assignedCalls));
        }
    }

    /** Two tabs asking for the same report while it runs: one report at Filevine, the same answer in both. */
    @Test
    void aSecondRequestForTheSameRunningReportJoinsIt() throws Exception {
        try (Browser ben = signedIn("ben")) {
            FilevineSimulator api = sandbox.api();
            int alone = api.calls("GET /projects/{id}/tasks");
            json(ben, "/api/v1/upcoming?days=30&scope=all");
            int perReport = api.calls("GET /projects/{id}/tasks") - alone;
            api.latency(java.time.Duration.ofMillis(30)); // long enough that the second arrives while the first runs
            List<java.net.http.HttpResponse<String>> answers;
            int before = api.calls("GET /projects/{id}/tasks");
            try {
                answers = SessionCalls.parallelJson(ben, BASE + "/api/v1/upcoming?days=30&scope=all", 2);
            } finally {
                api.latency(java.time.Duration.ZERO);
            }
            assertEquals(200, answers.get(0).statusCode(), answers.get(0).body());
            assertEquals(200, answers.get(1).statusCode(), answers.get(1).body());
            assertEquals(answers.get(0).body(), answers.get(1).body(), "one result, twice");
            assertEquals(perReport, api.calls("GET /projects/{id}/tasks") - before, "the matters were read once");
        }
    }

    private static long openDeadlines(SeedProject p, LocalDate until) {
        return ProjectDetails.of(p).deadlines().stream().filter(d -> !d.done() && !d.dueDate().isAfter(until)).count();
    }

    private static long openTasks(SeedProject p, LocalDate until, Integer assignee) {
        return ProjectDetails.of(p).notes().stream().filter(n -> n.typeTag().equals("Task") && !Boolean.TRUE.equals(n.isCompleted())
                && !n.targetDate().isAfter(until) && (assignee == null || assignee.equals(n.assigneeId()))).count();
    }

    private static final List<String> OPERATIONS = List.of("GET /Projects", "GET /projects/{id}/tasks",
            "GET /projects/{id}/deadlines", "GET /users/{id}/appointments", "GET /users/{id}/tasks",
            "GET /Projects/{id}/Notes", "GET /Projects/{id}");

    private static Map<String, Integer> callCounts(FilevineSimulator api) {
        Map<String, Integer> counts = new HashMap<>();
        OPERATIONS.forEach(operation -> counts.put(operation, api.calls(operation)));
        return counts;
    }

    private static Map<String, Integer> difference(Map<String, Integer> after, Map<String, Integer> before) {
        Map<String, Integer> spent = new HashMap<>();
        after.forEach((operation, count) -> spent.put(operation, count - before.get(operation)));
        return spent;
    }

    private static int total(Map<String, Integer> calls) {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
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
    void theApiWaitsForAnOrgAndAGetNeverChangesState() throws Exception {
        try (Browser alice = signedIn("alice")) { // two orgs: the login ends on the picker
            WebResponse before = get(alice, "/api/v1/me");
            assertEquals(409, before.getStatusCode(), before.getContentAsString());
            assertEquals("org_not_chosen", JSONObjectUtils.parse(before.getContentAsString()).get("error"));
            assertEquals(200, get(alice, "/api/v1/session").getStatusCode(), "the session's own status needs no org");
        }
        try (Browser ben = signedIn("ben")) {
            json(ben, "/api/v1/dashboard");
            int calls = sandbox.api().calls("GET /Projects");
            WebResponse refreshOnGet = get(ben, "/api/v1/dashboard?refresh=true");
            assertEquals(400, refreshOnGet.getStatusCode());
            assertEquals(calls, sandbox.api().calls("GET /Projects"), "a GET asked Filevine nothing");
            WebResponse refreshed = ben.send("POST", BASE + "/api/v1/dashboard/refresh", Map.of("Accept", "application/json"), null);
            assertEquals(200, refreshed.getStatusCode(), refreshed.getContentAsString());
            assertTrue(sandbox.api().calls("GET /Projects") > calls, "the POST asked Filevine again");
        }
    }

    @Test
    void aSessionRunsAtMostTwoOrgWideReportsAtOnce() throws Exception {
        try (Browser ben = signedIn("ben")) {
            sandbox.api().latency(java.time.Duration.ofMillis(1500));
            List<java.net.http.HttpResponse<String>> answers;
            try {
                // Three different reports: the same one asked twice would join the running one (no slot).
                answers = SessionCalls.parallelJson(ben, List.of(BASE + "/api/v1/projects?all=true",
                        BASE + "/api/v1/projects?all=true&archived=false", BASE + "/api/v1/projects?all=true&phase=Intake"));
            } finally {
                sandbox.api().latency(java.time.Duration.ZERO);
            }
            assertEquals(2, answers.stream().filter(a -> a.statusCode() == 200).count(), "two run");
            java.net.http.HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() != 200)
                    .findFirst().orElseThrow();
            assertEquals(429, refused.statusCode());
            assertEquals("15", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.body().contains("You already have two reports or exports running"), refused.body());
            assertEquals(200, get(ben, "/api/v1/projects?all=true").getStatusCode(), "slots are given back");
        }
    }

    /**
     * Postbacks the script-nonce mode refuses (no nonce: a script, an old page) or whose view expired end on a page
     * that says so, never on a blank 500: the error page is rendered as a page of its own.
     */
    @Test
    void aPostbackWithoutTheNonceOrWithAnExpiredViewGetsAPageThatSaysSo() throws Exception {
        try (Browser ben = signedIn("ben")) {
            org.htmlunit.html.HtmlPage profile = ben.open(BASE + "/app/profile.xhtml");
            String viewState = profile.getElementsByName("jakarta.faces.ViewState").get(0).getAttribute("value");
            WebResponse noNonce = ben.send("POST", BASE + "/app/profile.xhtml", Map.of(),
                    "membership-form=membership-form&reload-membership=Reload&jakarta.faces.ViewState="
                            + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(noNonce.getStatusCode() >= 400, "refused: " + noNonce.getStatusCode());
            assertTrue(noNonce.getContentAsString().contains("id=\"message\""), "the error page: " + noNonce.getContentAsString());
            assertTrue(!noNonce.getContentAsString().contains("CspException"), "no exception shown");

            WebResponse expired = ben.send("POST", BASE + "/app/profile.xhtml", Map.of(),
                    "logout=logout&logout-button=Log+out&jakarta.faces.ViewState=1:2");
            assertTrue(expired.getContentAsString().contains("This page had expired"), expired.getContentAsString());
            assertEquals(200, get(ben, "/api/v1/me").getStatusCode(), "still signed in: nothing was carried out");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpResponse<String> landing = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpHeaders page = landing.headers();
        System.out.println("Headers of a page: " + page.map());
        assertEquals(200, landing.statusCode());
        List<String> policies = page.allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        // Scripts: the app's own and those with this response's nonce; every inline one carries it.
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'")
                .matcher(String.join(" ", policies));
        assertTrue(nonce.find(), policies.toString());
        java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(landing.body());
        int inlineScripts = 0;
        while (inline.find()) {
            inlineScripts++;
            assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "an inline script without the nonce: " + inline.group());
        }
        assertTrue(inlineScripts > 0, "the landing page initialises PrimeFaces with an inline script");
        assertTrue(!landing.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler attribute");
        assertEquals("nosniff", page.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", page.firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", page.firstValue("X-Frame-Options").orElse(null));
        assertTrue(page.firstValue("Server").isEmpty() && page.firstValue("X-Powered-By").isEmpty(),
                "no server name or version: " + page.map());
        assertTrue(page.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");

        // Through a TLS proxy (X-Forwarded-Proto): HSTS, and the session cookie only over https.
        java.net.http.HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(BASE + "/app/sign-in")).header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.println("Headers of a login redirect over https: " + login.headers().map());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        // Attribute names are case-insensitive (RFC 6265): Undertow writes "secure", Payara "Secure".
        List<String> attributes = Arrays.stream(cookie.split(";")).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
        assertTrue(attributes.containsAll(List.of("secure", "httponly", "samesite=lax")), cookie);

        try (Browser ben = signedIn("ben")) {
            WebResponse api = get(ben, "/api/v1/session");
            assertEquals("no-store", api.getResponseHeaderValue("Cache-Control"));
            assertTrue(api.getResponseHeaderValue("Content-Security-Policy").startsWith("default-src 'none'"));
            WebResponse app = ben.send("GET", BASE + "/app/dashboard.xhtml", Map.of(), null);
            assertEquals("no-store", app.getResponseHeaderValue("Cache-Control"), "clients' data stays out of the cache");
            WebResponse export = ben.send("GET", BASE + "/app/export/projects.csv?phase=Intake", Map.of(), null);
            assertEquals("no-store", export.getResponseHeaderValue("Cache-Control"));
        }
    }

    @Test
    void anExportsProgressEndsWithItAndPollingIsNotActivity() throws Exception {
        try (Browser ben = signedIn("ben")) {
            WebResponse export = ben.send("GET", BASE + "/app/export/projects.csv?progress=watched", Map.of(), null);
            assertEquals(200, export.getStatusCode());
            Map<String, Object> state = json(ben, "/api/v1/progress/watched");
            assertEquals(Boolean.TRUE, state.get("finished"), "the entry ended with its work: " + state);
            assertEquals(404, get(ben, "/api/v1/progress/nothing-like-it").getStatusCode(), "what scripts stop on");

            String before = (String) json(ben, "/api/v1/session").get("sessionExpiresAt");
            Thread.sleep(1100);
            json(ben, "/api/v1/progress/watched");
            get(ben, "/api/v1/progress/nothing-like-it");
            assertEquals(before, json(ben, "/api/v1/session").get("sessionExpiresAt"), "polling is not activity");
            json(ben, "/api/v1/me");
            assertTrue(java.time.Instant.parse(before).isBefore(
                    java.time.Instant.parse((String) json(ben, "/api/v1/session").get("sessionExpiresAt"))),
                    "a real request is activity");
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
