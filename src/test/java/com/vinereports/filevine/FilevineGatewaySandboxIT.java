package com.vinereports.filevine;

import static com.vinereports.filevine.GatewayScenarios.array;
import static com.vinereports.filevine.GatewayScenarios.get;
import static com.vinereports.filevine.GatewayScenarios.logIn;
import static com.vinereports.filevine.GatewayScenarios.maps;
import static com.vinereports.filevine.GatewayScenarios.number;
import static com.vinereports.filevine.GatewayScenarios.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.ProjectDetails;
import com.vinereports.sandbox.ProjectSearch;
import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SandboxFirm;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Filevine gateway against the simulator, through the real WAR and its JSON API: a contract test per
 * endpoint (camelCase and PascalCase), paging to the end, 429/5xx/time-outs, the circuit breaker, and the
 * per-session cache. Hartley & Moss has 10,001 matters here.
 */
@Tag(Suites.SANDBOX)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SandboxFirm(hartley = 10_001, rivera = 200)
class FilevineGatewaySandboxIT extends SandboxIT {

    @AfterEach
    void behaveAgain() {
        api().recover();
        api().pascalCase(false);
    }

    @Test
    @Order(1)
    void everyEndpointReadsTheSimulatorsCamelCaseAnswers() throws Exception {
        contract();
    }

    @Test
    @Order(2)
    void everyEndpointReadsPascalCaseAnswersToo() throws Exception {
        api().pascalCase(true);
        contract();
    }

    /** Each endpoint once, its answer checked against the seed, and the operation counted by the simulator. */
    private void contract() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            api().resetCalls();
            List<SeedProject> hartley = api().firm().projectsOf(7001);

            // Projects: filters and sorting are Filevine's, the page and the total come back intact.
            Map<String, Object> page = object(browser, "/api/v1/projects?search=garcia&phase=Intake&sort=lastActivity&order=desc&limit=7");
            List<SeedProject> expected = ProjectSearch.apply(hartley, Map.of("searchTerm", "garcia", "phaseName", "Intake",
                    "sortBy", "lastActivity", "orderBy", "desc"));
            // Filevine's count may count the page only: the total is given when the answer tells it, never guessed.
            assertTrue(expected.size() > 7, "more than a page matches");
            assertEquals(true, page.get("hasMore"));
            if (api().countIsTotal()) {
                assertEquals(expected.size(), number(page.get("total")));
            } else {
                assertTrue(!page.containsKey("total"), "no total from a page count: " + page.keySet());
            }
            Map<String, Object> last = object(browser, "/api/v1/projects?search=garcia&phase=Intake&sort=lastActivity&order=desc&limit=7&offset="
                    + (expected.size() - 1) / 7 * 7);
            assertEquals(false, last.get("hasMore"));
            assertEquals(expected.size(), number(last.get("total")), "the last page tells the total");
            assertEquals(expected.stream().limit(7).map(SeedProject::projectId).toList(),
                    maps(page.get("items")).stream().map(row -> number(row.get("id"))).toList());
            Map<String, Object> first = maps(page.get("items")).get(0);
            assertEquals(expected.get(0).projectName(), first.get("projectName"));
            assertEquals(expected.get(0).phaseName(), first.get("phaseName"));
            assertEquals(expected.get(0).primary().fullName(), first.get("primary"));
            assertEquals(expected.get(0).lastActivity().toString(), first.get("lastActivity"));

            Map<String, Object> trimmed = object(browser, "/api/v1/projects?fields=projectId,projectName&limit=3");
            Map<String, Object> narrow = maps(trimmed.get("items")).get(0);
            assertEquals(hartley.get(0).projectName(), narrow.get("projectName"));
            assertTrue(!narrow.containsKey("clientName"), "requestedFields left the rest out: " + narrow);
            assertEquals(400, get(browser, "/api/v1/projects?fields=secret").getStatusCode());

            Map<String, Object> typed = object(browser, "/api/v1/projects?type=14&archived=false&createdSince=2025-01-01&all=true");
            // The type is not a published filter: the simulator ignores it as Filevine may, the app applies it.
            List<SeedProject> ofType = ProjectSearch.apply(hartley, Map.of("excludeArchived", "true",
                    "createdSince", "2025-01-01")).stream().filter(p -> p.type().id() == 14).toList();
            assertTrue(!ofType.isEmpty());
            assertEquals(ofType.size(), number(typed.get("total")));
            assertEquals(ofType.stream().map(SeedProject::projectId).toList(),
                    maps(typed.get("items")).stream().map(row -> number(row.get("id"))).toList());

            // One matter in full: project, vitals, contacts, notes, deadlines, team, documents.
            SeedProject rich = hartley.stream().filter(p -> {
                ProjectDetails d = ProjectDetails.of(p);
                return !d.documents().isEmpty() && !d.notes().isEmpty() && !d.deadlines().isEmpty();
            }).findFirst().orElseThrow();
            ProjectDetails truth = ProjectDetails.of(rich);
            Map<String, Object> detail = object(browser, "/api/v1/projects/" + rich.projectId());
            assertEquals(rich.projectName(), ((Map<?, ?>) detail.get("project")).get("projectName"));
            assertEquals(truth.vitals().stream().map(ProjectDetails.Vital::value).toList(),
                    maps(detail.get("vitals")).stream().map(v -> v.get("value")).toList());
            assertEquals(truth.contacts().stream().map(c -> c.role() + ":" + c.fullName()).collect(Collectors.toSet()),
                    maps(detail.get("contacts")).stream().map(c -> c.get("role") + ":" + c.get("fullName")).collect(Collectors.toSet()));
            assertEquals(truth.notes().size(), maps(detail.get("notes")).size());
            assertEquals(truth.deadlines().size(), maps(detail.get("deadlines")).size());
            assertEquals(truth.team().stream().map(m -> m.user().username()).collect(Collectors.toSet()),
                    maps(detail.get("team")).stream().map(m -> m.get("username")).collect(Collectors.toSet()));
            assertEquals(truth.documents().stream().map(ProjectDetails.Document::filename).collect(Collectors.toSet()),
                    maps(detail.get("documents")).stream().map(d -> d.get("filename")).collect(Collectors.toSet()));

            List<Object> tasks = array(browser, "/api/v1/projects/" + rich.projectId() + "/notes?type=Task");
            assertEquals(truth.notes().stream().filter(n -> n.typeTag().equals("Task")).count(), tasks.size());

            // A document download is a redirect to the pre-signed URL; the bytes come from there.
            int documentId = truth.documents().get(0).documentId();
            WebResponse download = get(browser, "/api/v1/documents/" + documentId + "/download");
            assertEquals(303, download.getStatusCode());
            String location = download.getResponseHeaderValue("Location");
            assertTrue(location.startsWith(api().baseUri() + "/download/" + documentId + "?"), location);
            assertTrue(browser.client().getPage(location).getWebResponse().getContentAsString()
                    .contains("Document " + documentId), "the signed URL works without the app");

            // Project types with their phases, contacts, users.
            List<Object> types = array(browser, "/api/v1/project-types");
            assertEquals(SeedData.typesOf(7001).stream().map(SeedData.ProjectType::name).toList(),
                    maps(types).stream().map(t -> t.get("name")).toList());
            assertEquals(SeedData.typesOf(7001).get(0).phases(), maps(types).get(0).get("phases"));
            ProjectDetails.Contact someone = truth.contacts().get(1);
            Map<String, Object> contacts = object(browser, "/api/v1/contacts?limit=3&name="
                    + someone.lastName());
            assertTrue(!maps(contacts.get("contacts")).isEmpty());
            assertTrue(maps(contacts.get("contacts")).stream().allMatch(c -> ((String) c.get("fullName")).contains(someone.lastName())));
            Map<String, Object> contact = object(browser, "/api/v1/contacts/" + someone.contactId());
            assertEquals(someone.fullName(), contact.get("fullName"));
            assertEquals(List.of(someone.phone()), contact.get("phones"));
            List<Object> users = array(browser, "/api/v1/users");
            assertEquals(SeedData.membersOf(7001).stream().map(SeedData.SeedUser::username).collect(Collectors.toSet()),
                    maps(users).stream().map(u -> u.get("username")).collect(Collectors.toSet()));

            for (String operation : List.of("GET /Projects", "GET /Projects/{id}", "GET /Projects/{id}/Vitals",
                    "GET /Projects/{id}/contacts", "GET /Projects/{id}/Notes", "GET /projects/{id}/deadlines",
                    "GET /projects/{id}/team", "GET /Documents", "GET /Documents/{id}/locator", "GET /ProjectTypes",
                    "GET /ProjectTypes/{id}/phases", "GET /Contacts", "GET /Contacts/{id}", "GET /Users")) {
                assertTrue(api().calls(operation) > 0, operation + " was called");
            }
        }
    }

    @Test
    @Order(3)
    void tenThousandAndOneProjectsComeBackCompleteFromElevenPageCalls() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            int before = api().calls("GET /Projects");
            long started = System.nanoTime();
            Map<String, Object> all = object(browser, "/api/v1/projects?all=true");
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Map<String, Object>> rows = maps(all.get("items"));
            assertEquals(10_001, rows.size());
            Set<Integer> ids = new HashSet<>();
            rows.forEach(row -> ids.add(number(row.get("id"))));
            assertEquals(10_001, ids.size(), "no row twice, none missing");
            assertEquals(11, api().calls("GET /Projects") - before, "page calls");
            System.out.printf("10,001 projects: %d ms, 11 page calls%n", millis);
        }
    }

    @Test
    @Order(4)
    void rateLimitsAreRetriedAsFilevineAsksThenReportedAsBusy() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            int before = api().calls("GET /Users/Me");
            api().rateLimitNext(2, 1);
            long started = System.nanoTime();
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode());
            assertTrue((System.nanoTime() - started) / 1_000_000 >= 1900, "waited Retry-After twice");
            assertEquals(3, api().calls("GET /Users/Me") - before);

            api().rateLimitNext(2, null);
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode(), "backed off on its own");
            assertEquals(6, api().calls("GET /Users/Me") - before);

            api().rateLimitNext(10, null);
            WebResponse busy = get(browser, "/api/v1/me");
            assertEquals(503, busy.getStatusCode());
            assertEquals("filevine_busy", JSONObjectUtils.parse(busy.getContentAsString()).get("error"));
            assertTrue(busy.getContentAsString().contains("Filevine is busy"));
            assertEquals(10, api().calls("GET /Users/Me") - before, "the call and three retries");
        }
    }

    @Test
    @Order(5)
    void serverErrorsAndTimeoutsAreRetriedThenReportedAsUnreachable() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            int before = api().calls("GET /Users/Me");
            api().failNext("GET /Users/Me", 503);
            api().failNext("GET /Users/Me", 502);
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode());
            assertEquals(3, api().calls("GET /Users/Me") - before);

            api().slowNext("GET /Users/Me", Duration.ofSeconds(4)); // the read time-out is 2 s here
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode(), "a time-out is retried");
            assertEquals(5, api().calls("GET /Users/Me") - before);

            for (int i = 0; i < 4; i++) {
                api().failNext("GET /Users/Me", 504);
            }
            WebResponse down = get(browser, "/api/v1/me");
            assertEquals(503, down.getStatusCode());
            assertEquals("filevine_unavailable", JSONObjectUtils.parse(down.getContentAsString()).get("error"));
            assertEquals(9, api().calls("GET /Users/Me") - before);

            api().failNext("GET /Projects/{id}", 403);
            WebResponse forbidden = get(browser, "/api/v1/projects/" + api().firm().projectsOf(7001).get(0).projectId());
            assertEquals(403, forbidden.getStatusCode());
            assertTrue(forbidden.getContentAsString().contains("You don't have access to this project."));
            assertEquals(400, get(browser, "/api/v1/projects?limit=5000").getStatusCode(), "our own validation");
        }
    }

    @Test
    @Order(6)
    void twoUsersOfDifferentOrgsNeverSeeEachOthersCachedData() throws Exception {
        try (Browser ben = browser(); Browser carla = browser(); Browser alice = browser()) {
            logIn(ben, "ben");
            logIn(carla, "carla");
            int before = api().calls("GET /ProjectTypes");
            assertEquals(4, array(ben, "/api/v1/project-types").size());
            assertEquals(3, array(carla, "/api/v1/project-types").size(), "Rivera's own types, not Hartley's");
            assertEquals(4, array(ben, "/api/v1/project-types").size());
            assertEquals(2, api().calls("GET /ProjectTypes") - before, "the repeat came from ben's session cache");
            Set<Object> carlasUsers = maps(array(carla, "/api/v1/users")).stream().map(u -> u.get("username")).collect(Collectors.toSet());
            assertEquals(Set.of("alice", "carla", "erin"), carlasUsers);

            // One user, two orgs: the cache follows the org switch.
            HtmlPage picker = com.vinereports.sandbox.SandboxLogin.signIn(
                    alice.open(GatewayScenarios.BASE + "/app/profile.xhtml"), "alice");
            HtmlPage inRivera = picker.getHtmlElementById("orgs").getOneHtmlElementByAttribute(
                    "input", "value", "Rivera Injury Group").click();
            assertEquals("Rivera Injury Group (7002)", inRivera.getHtmlElementById("org").asNormalizedText());
            assertEquals(3, array(alice, "/api/v1/project-types").size());
            int beforeSwitch = api().calls("GET /ProjectTypes");
            HtmlPage inHartley = inRivera.getHtmlElementById("org-switch").getOneHtmlElementByAttribute(
                    "input", "value", "Switch to Hartley & Moss LLP").click();
            assertEquals("Hartley & Moss LLP (7001)", inHartley.getHtmlElementById("org").asNormalizedText());
            assertEquals(4, array(alice, "/api/v1/project-types").size(), "Hartley's types after the switch");
            assertEquals(beforeSwitch + 1, api().calls("GET /ProjectTypes"), "fetched for the new org, not cached");
        }
    }

    @Test
    @Order(7)
    void theCircuitOpensUnderSustainedFailureAndClosesAfterRecovery() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            api().failAll(503);
            for (int i = 0; i < 8; i++) {
                assertEquals(503, get(browser, "/api/v1/me").getStatusCode());
            }
            int whileOpen = api().calls("GET /Users/Me");
            long started = System.nanoTime();
            WebResponse fast = get(browser, "/api/v1/me");
            assertEquals(503, fast.getStatusCode());
            assertTrue((System.nanoTime() - started) / 1_000_000 < 500, "an open circuit answers at once");
            assertEquals(whileOpen, api().calls("GET /Users/Me"), "and does not call Filevine");

            api().recover();
            Thread.sleep(3_500); // the breaker's delay is 3 s in this test run
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode(), "half-open: a trial call goes through");
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode());
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode(), "closed again");
            assertEquals(whileOpen + 3, api().calls("GET /Users/Me"));
        }
    }

    @Test
    @Order(8)
    void aDashboardOfTenThousandMattersSaysHowFarItHasCome() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            api().latency(Duration.ofMillis(400));
            browser.open(GatewayScenarios.BASE + "/app/dashboard.xhtml"); // the figures load right after the page
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest progress = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(GatewayScenarios.BASE + "/api/v1/progress/dashboard"))
                    .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                    .header("Accept", "application/json").build();
            List<Map<String, Object>> seen = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                java.net.http.HttpResponse<String> answer = http.send(progress, java.net.http.HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    Map<String, Object> state = JSONObjectUtils.parse(answer.body());
                    seen.add(state);
                    if (Boolean.TRUE.equals(state.get("finished"))) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
            assertTrue(seen.stream().anyMatch(state -> !Boolean.TRUE.equals(state.get("finished"))
                    && number(state.get("rows")) > 0 && number(state.get("rows")) < 10_001
                    && number(state.get("total")) == (api().countIsTotal() ? 10_001 : 0)), "a state part-way: " + seen);
            Map<String, Object> last = seen.get(seen.size() - 1);
            assertEquals(Boolean.TRUE, last.get("finished"));
            assertEquals(10_001, number(last.get("rows")));
            String again = browser.open(GatewayScenarios.BASE + "/app/dashboard.xhtml").getElementById("dashboard-cost").getTextContent();
            assertTrue(again.contains("No Filevine call") && again.contains("Refreshing asks Filevine again: about 11 calls"), again);
        } finally {
            api().latency(Duration.ZERO);
        }
    }

    /**
     * A browser that closes the connection part-way through an export (the user cancelled the download): the
     * export's progress entry ends, saying so, and the page's script that polls it stops.
     */
    @Test
    @Order(8)
    void aCancelledExportEndsItsProgressEntry() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            api().latency(Duration.ofMillis(1000)); // 11 Filevine pages: the export runs for seconds
            java.net.URI base = java.net.URI.create(GatewayScenarios.BASE);
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.getOutputStream().write(("GET /app/export/projects.csv?progress=cancelled HTTP/1.1\r\n"
                        + "Host: " + base.getAuthority() + "\r\nCookie: JSESSIONID=" + browser.cookie("JSESSIONID")
                        + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                byte[] first = socket.getInputStream().readNBytes(20_000); // the header and the first rows
                assertTrue(new String(first, java.nio.charset.StandardCharsets.UTF_8).startsWith("HTTP/1.1 200"));
                socket.setSoLinger(true, 0); // the browser goes away: a reset, as when a download is cancelled
            }
            Map<String, Object> state = Map.of();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                state = object(browser, "/api/v1/progress/cancelled");
                if (Boolean.TRUE.equals(state.get("finished"))) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(Boolean.TRUE, state.get("finished"), "the entry ended with its work: " + state);
            assertTrue(number(state.get("rows")) < 10_001, "it ended part-way: " + state);
            assertEquals("The export was cancelled.", state.get("problem"), state.toString());
        } finally {
            api().latency(Duration.ZERO);
        }
    }

    @Test
    @Order(9)
    void anAnswerTheAppCannotReadIsNotRetriedNotAnOutageAndSaysSo() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            int before = api().calls("GET /Users/Me");
            for (int i = 0; i < 20; i++) {
                api().answerNext("GET /Users/Me", Map.of("orgUserId", List.of(1, 2), "userName", "ben"));
            }
            for (int i = 0; i < 20; i++) {
                WebResponse unreadable = get(browser, "/api/v1/me");
                assertEquals(502, unreadable.getStatusCode());
                assertEquals("filevine_unreadable", JSONObjectUtils.parse(unreadable.getContentAsString()).get("error"));
                assertTrue(unreadable.getContentAsString().contains("Filevine answered in a form this version cannot read."));
            }
            assertEquals(20, api().calls("GET /Users/Me") - before, "no retries");
            assertEquals(200, get(browser, "/api/v1/me").getStatusCode(), "the circuit stayed closed");
            assertEquals(21, api().calls("GET /Users/Me") - before);
        }
    }

    @Test
    @Order(10)
    void aMattersPageShowsEveryPartItCouldReadAndSaysWhichItCouldNot() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "ben");
            SeedProject matter = api().firm().projectsOf(7001).stream()
                    .filter(p -> !ProjectDetails.of(p).deadlines().isEmpty()).findFirst().orElseThrow();
            api().answerNext("GET /projects/{id}/team", Map.of("items", List.of(Map.of("teamRoles", List.of("Primary"))),
                    "hasMore", false));
            Map<String, Object> detail = object(browser, "/api/v1/projects/" + matter.projectId());
            assertEquals(Map.of("team", "Filevine answered in a form this version cannot read."), detail.get("problems"));
            assertEquals(List.of(), detail.get("team"));
            assertEquals(ProjectDetails.of(matter).deadlines().size(), maps(detail.get("deadlines")).size(),
                    "the other parts are there");

            api().failNext("GET /Projects/{id}/Vitals", 403);
            HtmlPage page = browser.open(GatewayScenarios.BASE + "/app/project.xhtml?id=" + matter.projectId());
            assertEquals(matter.projectName(), page.getHtmlElementById("project-name").asNormalizedText());
            assertEquals("You don't have access to this project.", page.getHtmlElementById("vitals-problem").asNormalizedText());
            assertEquals(ProjectDetails.of(matter).team().size(),
                    page.getHtmlElementById("team").getElementsByTagName("li").size(), "team read this time");
            assertTrue(page.getHtmlElementById("team").asNormalizedText().contains("(Primary)"), "roles as words");
        }
    }

    @Test
    @Order(11)
    void upcomingDatesOnMyMattersSurviveOneMatterFilevineRefuses() throws Exception {
        try (Browser browser = browser()) {
            logIn(browser, "carla");
            List<SeedProject> mine = api().firm().projectsOf(7002).stream()
                    .filter(p -> !p.archived() && p.primary().username().equals("carla")).toList();
            assertTrue(mine.size() > 2, "carla is the primary of several open matters");
            api().failNext("GET /projects/{id}/deadlines", 403);
            Map<String, Object> upcoming = object(browser, "/api/v1/upcoming?days=365");
            List<Map<String, Object>> unread = maps(upcoming.get("unread"));
            assertEquals(1, unread.size(), "one matter refused: " + unread);
            assertEquals("You don't have access to this project.", unread.get(0).get("reason"));
            int refused = number(((Map<?, ?>) unread.get(0).get("matter")).get("id"));
            assertTrue(mine.stream().anyMatch(p -> p.projectId() == refused));
            List<Map<String, Object>> items = maps(upcoming.get("items"));
            assertTrue(!items.isEmpty(), "the other matters still report");
            assertTrue(items.stream().allMatch(item -> "carla".equals(((Map<?, ?>) item.get("matter")).get("primaryUsername"))),
                    "my matters are those whose first primary is my user name");
        }
    }
}
