package com.vinereports.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.testing.ContractFixture;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator answers every operation the app calls in Filevine's published shapes (the contract fixture the
 * models are held to as well): every field it sends is described, with the described kind, in every switch
 * position ({@code count} per page or total, {@code userType} as name or number, camelCase or PascalCase). So it
 * cannot drift from Filevine again without this failing.
 */
class SimulatorContractTest {

    private static final ContractFixture CONTRACT = ContractFixture.load();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(0, 0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** One real call per described operation, on a matter that has every part (notes, deadlines, documents...). */
    private static Map<String, String> calls() {
        SeedData.SeedProject rich = SeedData.projectsOf(7001).stream().filter(p -> {
            ProjectDetails d = ProjectDetails.of(p);
            return !d.documents().isEmpty() && !d.notes().isEmpty() && !d.deadlines().isEmpty() && d.team().size() > 1
                    && d.deadlines().stream().anyMatch(ProjectDetails.Deadline::done);
        }).findFirst().orElseThrow();
        ProjectDetails details = ProjectDetails.of(rich);
        int id = rich.projectId();
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("POST /fv-app/v2/utils/GetUserOrgsWithToken", "/fv-app/v2/utils/GetUserOrgsWithToken");
        calls.put("GET /fv-app/v2/Users/Me", "/fv-app/v2/Users/Me");
        calls.put("GET /fv-app/v2/Users", "/fv-app/v2/Users");
        calls.put("GET /fv-app/v2/Projects", "/fv-app/v2/Projects?limit=20");
        calls.put("GET /fv-app/v2/Projects/{projectId}", "/fv-app/v2/Projects/" + id);
        calls.put("GET /fv-app/v2/Projects/{projectId}/Vitals", "/fv-app/v2/Projects/" + id + "/Vitals");
        calls.put("GET /fv-app/v2/ProjectTypes", "/fv-app/v2/ProjectTypes");
        calls.put("GET /fv-app/v2/ProjectTypes/{projectTypeId}/phases", "/fv-app/v2/ProjectTypes/" + rich.type().id() + "/phases");
        calls.put("GET /fv-app/v2/Projects/{projectId}/contacts", "/fv-app/v2/Projects/" + id + "/contacts");
        calls.put("GET /fv-app/v2/Contacts", "/fv-app/v2/Contacts?limit=5");
        calls.put("GET /fv-app/v2/Contacts/{contactId}", "/fv-app/v2/Contacts/" + details.contacts().get(0).contactId());
        calls.put("GET /fv-app/v2/Projects/{projectId}/Notes", "/fv-app/v2/Projects/" + id + "/Notes");
        calls.put("GET /fv-app/v2/projects/{projectId}/deadlines", "/fv-app/v2/projects/" + id + "/deadlines");
        calls.put("GET /fv-app/v2/projects/{projectId}/team", "/fv-app/v2/projects/" + id + "/team");
        calls.put("GET /fv-app/v2/Documents", "/fv-app/v2/Documents?projectId=" + id);
        calls.put("GET /fv-app/v2/projects/{projectId}/tasks", "/fv-app/v2/projects/" + id + "/tasks");
        calls.put("GET /fv-app/v2/users/{userId}/tasks", "/fv-app/v2/users/10002/tasks?includeCompleted=true");
        calls.put("GET /fv-app/v2/users/{userId}/appointments", "/fv-app/v2/users/10002/appointments?includeDeadlines=true");
        calls.put("GET /fv-app/v2/Documents/{documentId}/locator",
                "/fv-app/v2/Documents/" + details.documents().get(0).documentId() + "/locator");
        return calls;
    }

    @Test
    void everyDescribedOperationIsAnsweredInThePublishedShapesInEverySwitchPosition() throws Exception {
        Map<String, String> calls = calls();
        assertEquals(new java.util.TreeSet<>(CONTRACT.operationKeys()), new java.util.TreeSet<>(calls.keySet()),
                "the simulator is checked on every operation the app calls");
        FilevineSimulator api = sandbox.api();
        List<String> mismatches = new ArrayList<>();
        try {
            for (boolean total : new boolean[] {false, true}) {
                for (boolean number : new boolean[] {false, true}) {
                    for (boolean pascal : new boolean[] {false, true}) {
                        api.countIsTotal(total);
                        api.userTypeAsNumber(number);
                        api.pascalCase(pascal);
                        for (Map.Entry<String, String> call : calls.entrySet()) {
                            HttpResponse<String> answer = call(call.getKey().split(" ")[0], call.getValue());
                            assertEquals(200, answer.statusCode(), call.getValue() + ": " + answer.body());
                            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                                CONTRACT.answerMismatches(call.getKey(), reader.readValue()).forEach(m -> mismatches.add(
                                        call.getKey() + " (count total " + total + ", userType number " + number
                                                + ", PascalCase " + pascal + ") " + m));
                            }
                        }
                    }
                }
            }
        } finally {
            api.countIsTotal(false);
            api.userTypeAsNumber(false);
            api.pascalCase(false);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theCheckCatchesAnInventedFieldAndAnIdAsNumber() {
        JsonValue oldShape = Json.createObjectBuilder().add("orgUserId", 20001).add("isAdmin", true).build();
        List<String> mismatches = CONTRACT.answerMismatches("GET /fv-app/v2/Users/Me", oldShape);
        assertEquals(2, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).startsWith("$.orgUserId: an object is described"), mismatches.toString());
        assertTrue(mismatches.get(1).startsWith("$.isAdmin: not in the description"), mismatches.toString());
        JsonValue badEnum = Json.createObjectBuilder().add("user", Json.createObjectBuilder().add("userType", "Standard")).build();
        assertEquals(1, CONTRACT.answerMismatches("POST /fv-app/v2/utils/GetUserOrgsWithToken", badEnum).size());
    }

    private static HttpResponse<String> call(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.api().baseUri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + sandbox.provider().accessTokenFor("ben", 300))
                .header("User-Agent", "SimulatorContractTest")
                .header("x-fv-orgid", "7001").header("x-fv-userid", "10002")
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
