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
}
