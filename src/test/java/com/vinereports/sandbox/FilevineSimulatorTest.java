package com.vinereports.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator must behave like Filevine where the app can tell, or tests against it prove nothing. */
class FilevineSimulatorTest {

    private static Sandbox sandbox;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(0, 0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<String> call(String method, String path, String token, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.api().baseUri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return JSONObjectUtils.parse(response.body());
    }

    private static String token(String user) {
        return sandbox.provider().accessTokenFor(user, 300);
    }

    private static Map<String, String> tenant(int orgId, int userId) {
        return Map.of("x-fv-orgid", Integer.toString(orgId), "x-fv-userid", Integer.toString(userId));
    }

    @Test
    void getUserOrgsWithTokenNeedsNoTenantHeaders() throws Exception {
        HttpResponse<String> response = call("POST", "/fv-app/v2/utils/GetUserOrgsWithToken", token("alice"), Map.of());
        assertEquals(200, response.statusCode());
        Map<String, Object> body = json(response);
        Map<String, Object> user = JSONObjectUtils.getJSONObject(body, "user");
        assertEquals(10001L, ((Number) JSONObjectUtils.getJSONObject(user, "userId").get("native")).longValue());
        assertEquals(2, ((List<?>) body.get("orgs")).size());
    }

    @Test
    void tokensAreVerified() throws Exception {
        assertEquals(401, call("POST", "/fv-app/v2/utils/GetUserOrgsWithToken", null, Map.of()).statusCode());
        String good = token("alice");
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        assertEquals(401, call("POST", "/fv-app/v2/utils/GetUserOrgsWithToken", forged, Map.of()).statusCode());
        String expired = sandbox.provider().accessTokenFor("alice", -120);
        assertEquals(401, call("POST", "/fv-app/v2/utils/GetUserOrgsWithToken", expired, Map.of()).statusCode());
    }

    @Test
    void tenantHeadersAreRequiredAndChecked() throws Exception {
        String ben = token("ben");
        assertEquals(400, call("GET", "/fv-app/v2/Users/Me", ben, Map.of()).statusCode());
        assertEquals(400, call("GET", "/fv-app/v2/Users/Me", ben, Map.of("x-fv-orgid", "7001")).statusCode());
        assertEquals(403, call("GET", "/fv-app/v2/Users/Me", ben, tenant(7002, 10002)).statusCode(), "not his org");
        assertEquals(403, call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10001)).statusCode(), "not his user id");
        HttpResponse<String> me = call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10002));
        assertEquals(200, me.statusCode());
        assertEquals("full", JSONObjectUtils.getJSONObject(json(me), "permissions").get("accessLevel"));
    }

    @Test
    void pathsAreCaseSensitive() throws Exception {
        assertEquals(404, call("GET", "/fv-app/v2/users/me", token("ben"), tenant(7001, 10002)).statusCode());
    }

    @Test
    void projectListsPageLikeFilevine() throws Exception {
        String carla = token("carla");
        Map<String, String> rivera = tenant(7002, 10003);
        Map<String, Object> first = json(call("GET", "/fv-app/v2/Projects", carla, rivera));
        assertEquals(50L, ((Number) first.get("limit")).longValue(), "default limit");
        assertEquals(50, ((List<?>) first.get("items")).size());
        assertEquals(Boolean.TRUE, first.get("hasMore"));

        Map<String, Object> capped = json(call("GET", "/fv-app/v2/Projects?limit=5000", carla, rivera));
        assertEquals(1000L, ((Number) capped.get("limit")).longValue(), "limit is capped");
        assertEquals(200, ((List<?>) capped.get("items")).size(), "all of Rivera's 200 projects");
        assertEquals(Boolean.FALSE, capped.get("hasMore"));

        Map<String, Object> last = json(call("GET", "/fv-app/v2/Projects?limit=60&offset=180", carla, rivera));
        assertEquals(20, ((List<?>) last.get("items")).size());
        assertEquals(Boolean.FALSE, last.get("hasMore"));
        assertEquals(180L, ((Number) last.get("offset")).longValue());
    }

    @Test
    void projectDetailIsCamelCaseAndScopedToTheOrg() throws Exception {
        SeedData.SeedProject project = SeedData.projectsOf(7002).get(0);
        HttpResponse<String> found = call("GET", "/fv-app/v2/Projects/" + project.projectId(), token("carla"), tenant(7002, 10003));
        assertEquals(200, found.statusCode());
        Map<String, Object> body = json(found);
        assertEquals(project.projectName(), body.get("projectName"));
        assertEquals(project.phaseName(), body.get("phaseName"));
        assertTrue(body.containsKey("isArchived"));
        SeedData.SeedProject other = SeedData.projectsOf(7001).get(0);
        assertEquals(404, call("GET", "/fv-app/v2/Projects/" + other.projectId(), token("carla"), tenant(7002, 10003)).statusCode());
    }

    @Test
    void countIsThePagesOrAllMatchesAsSwitchedAndFiltersSortAndTrim() throws Exception {
        String query = "/fv-app/v2/Projects?limit=3&sortBy=clientName&orderBy=desc"
                + "&excludeArchived=true&requestedFields=projectId,clientName";
        boolean before = sandbox.api().countIsTotal();
        Map<String, Object> page;
        Map<String, Object> totalled;
        try {
            sandbox.api().countIsTotal(false);
            page = json(call("GET", query, token("carla"), tenant(7002, 10003)));
            sandbox.api().countIsTotal(true);
            totalled = json(call("GET", query, token("carla"), tenant(7002, 10003)));
        } finally {
            sandbox.api().countIsTotal(before);
        }
        List<SeedData.SeedProject> expected = ProjectSearch.apply(SeedData.projectsOf(7002),
                Map.of("sortBy", "clientName", "orderBy", "desc", "excludeArchived", "true"));
        assertEquals(3, ((Number) page.get("count")).intValue(), "by default, count counts the page");
        assertEquals(expected.size(), ((Number) totalled.get("count")).intValue(), "switched, all matches");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertEquals(expected.get(0).clientName(), items.get(0).get("clientName"));
        assertEquals(java.util.Set.of("projectId", "clientName"), items.get(0).keySet(), "requestedFields trims items");
        assertTrue(expected.stream().noneMatch(SeedData.SeedProject::archived));
    }

    @Test
    void testsCanSteerRateLimitsFailuresPascalCaseAndRejectedTokens() throws Exception {
        FilevineSimulator api = sandbox.api();
        String ben = token("ben");
        try {
            api.rateLimitNext(1, 7);
            HttpResponse<String> limited = call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10002));
            assertEquals(429, limited.statusCode());
            assertEquals("7", limited.headers().firstValue("Retry-After").orElse(null));
            assertEquals(200, call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10002)).statusCode(), "only one");

            api.failAll(503);
            assertEquals(503, call("GET", "/fv-app/v2/ProjectTypes", ben, tenant(7001, 10002)).statusCode());
            api.recover();

            api.pascalCase(true);
            Map<String, Object> me = json(call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10002)));
            assertTrue(me.containsKey("OrgUserId") && ((Map<?, ?>) me.get("Permissions")).containsKey("AccessLevel"), me.toString());
            api.pascalCase(false);

            api.rejectToken(ben);
            assertEquals(401, call("GET", "/fv-app/v2/Users/Me", ben, tenant(7001, 10002)).statusCode());
            assertEquals(200, call("GET", "/fv-app/v2/Users/Me", token("ben"), tenant(7001, 10002)).statusCode(),
                    "a new token works");
        } finally {
            api.recover();
            api.pascalCase(false);
        }
    }

    @Test
    void projectPartsAndDocumentsAreThereWithFilevinesOwnCasing() throws Exception {
        SeedData.SeedProject project = SeedData.projectsOf(7001).stream()
                .filter(p -> !ProjectDetails.of(p).documents().isEmpty()).findFirst().orElseThrow();
        String ben = token("ben");
        Map<String, String> hartley = tenant(7001, 10002);
        int id = project.projectId();
        assertEquals(200, call("GET", "/fv-app/v2/projects/" + id + "/deadlines", ben, hartley).statusCode());
        assertEquals(404, call("GET", "/fv-app/v2/Projects/" + id + "/Deadlines", ben, hartley).statusCode());
        assertEquals(200, call("GET", "/fv-app/v2/Projects/" + id + "/Vitals", ben, hartley).statusCode());
        int documentId = ProjectDetails.of(project).documents().get(0).documentId();
        String url = (String) json(call("GET", "/fv-app/v2/Documents/" + documentId + "/locator", ben, hartley)).get("url");
        HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode(), "the signed URL needs no token");
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(url.replace("signature=sim", "signature=x"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a tampered signature does not");
    }
}
