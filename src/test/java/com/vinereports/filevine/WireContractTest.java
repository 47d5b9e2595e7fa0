package com.vinereports.filevine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.testing.ContractFixture;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation {@link FilevineApi} calls is held to Filevine's published description (the contract fixture):
 * the operation exists, its query parameters are described, its model reads only described fields with their
 * kinds, and an answer with every described field filled in binds, in camelCase and PascalCase, with enums as
 * numbers and as names. The operations come from the interface itself, so a new one cannot slip past.
 */
class WireContractTest {

    private static final ContractFixture CONTRACT = ContractFixture.load();
    private static final Jsonb JSONB = new FilevineJson().getContext(Object.class);

    /**
     * Query parameters the app sends that the description does not list, each with why it is still sent.
     * Filevine ignores an unknown parameter, so a filter here must be one the app can do without.
     */
    private static final Map<String, String> UNDESCRIBED_PARAMETERS = Map.of(
            "GET /fv-app/v2/Projects projectTypeId",
            "the type filter; the gateway keeps only matters of that type whatever Filevine answers");

    private record Call(Method method, String operation) {
    }

    private static List<Call> calls() {
        String prefix = FilevineApi.class.getAnnotation(Path.class).value();
        List<Call> calls = new ArrayList<>();
        for (Method method : FilevineApi.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
            if (verb == null) {
                continue;
            }
            String path = prefix + method.getAnnotation(Path.class).value();
            String operation = CONTRACT.find(verb, path)
                    .orElseThrow(() -> new AssertionError(verb + " " + path + " is not in Filevine's description"));
            calls.add(new Call(method, operation));
        }
        return calls;
    }

    @Test
    void everyOperationTheAppCallsIsDescribedWithTheParametersItSends() {
        List<Call> calls = calls();
        assertEquals(CONTRACT.operationKeys().size(), calls.size(), "operations of FilevineApi, each in the fixture");
        List<String> undescribed = new ArrayList<>();
        for (Call call : calls) {
            for (Parameter parameter : call.method().getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query != null && CONTRACT.parameters(call.operation()).stream().noneMatch(query.value()::equalsIgnoreCase)
                        && !UNDESCRIBED_PARAMETERS.containsKey(call.operation() + " " + query.value())) {
                    undescribed.add(call.operation() + " ?" + query.value());
                }
            }
        }
        assertEquals(List.of(), undescribed);
    }

    @Test
    void everyModelReadsOnlyDescribedFieldsOfTheDescribedKind() {
        List<String> mismatches = new ArrayList<>();
        for (Call call : calls()) {
            CONTRACT.modelMismatches(call.operation(), call.method().getGenericReturnType())
                    .forEach(m -> mismatches.add(call.operation() + " " + m));
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void describedAnswersBindWholeInEverySpellingAndEnumForm() {
        for (Call call : calls()) {
            for (boolean camelCase : new boolean[] {true, false}) {
                for (boolean enumsAsNumbers : new boolean[] {true, false}) {
                    JsonValue sample = CONTRACT.sample(call.operation(), camelCase, enumsAsNumbers);
                    Object bound;
                    try {
                        bound = JSONB.fromJson(sample.toString(), call.method().getGenericReturnType());
                    } catch (JsonbException unreadable) {
                        throw new AssertionError(call.operation() + " (camelCase " + camelCase + ", enums as numbers "
                                + enumsAsNumbers + ") does not bind: " + UnreadableAnswer.path(unreadable), unreadable);
                    }
                    assertFilledIn(call.operation(), bound);
                }
            }
        }
    }

    @Test
    void userTypeAsNumberNameOrAnUnknownNameNeverCostsTheAnswer() {
        for (String userType : List.of("4", "\"ServiceAccount\"", "\"serviceAccount\"", "\"Robot\"", "null")) {
            FvOrgUser me = JSONB.fromJson("{\"orgUserId\":{\"native\":7},\"User\":{\"username\":\"ben\",\"UserType\":"
                    + userType + "}}", FvOrgUser.class);
            assertEquals("ben", me.user.username, userType);
            assertEquals(7, me.orgUserId.nativeId, userType);
        }
    }

    /** The model of issue 11's first failure: the checks must catch it, or they prove nothing. */
    public static class IntegerIdOrgUser {
        public Integer orgUserId;
        public String code;
    }

    @Test
    void aModelWithAnIdAsNumberOrAnUndescribedFieldIsCaught() {
        List<String> mismatches = CONTRACT.modelMismatches("GET /fv-app/v2/Users/Me", IntegerIdOrgUser.class);
        assertEquals(2, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).startsWith("$.orgUserId: the model reads Integer"), mismatches.toString());
        assertTrue(mismatches.get(1).startsWith("$.code: not in the description"), mismatches.toString());

        String answer = CONTRACT.sample("GET /fv-app/v2/Users/Me", true, false).toString();
        JsonbException failure = assertThrows(JsonbException.class, () -> JSONB.fromJson(answer, IntegerIdOrgUser.class));
        assertTrue("orgUserId".equalsIgnoreCase(UnreadableAnswer.path(failure)), UnreadableAnswer.path(failure));
        assertTrue(UnreadableAnswer.isBindingFailure(new jakarta.ws.rs.ProcessingException(failure)));
        assertTrue(!UnreadableAnswer.isBindingFailure(new jakarta.ws.rs.ProcessingException(new jakarta.json.JsonException(
                "I/O error while parsing JSON", new java.net.SocketTimeoutException("Read timed out")))),
                "a body that stopped coming is no answer, not an unreadable one");
    }

    @Test
    void theUnreadablePathNamesNestedFieldsAndNeverValues() {
        String secret = "Jane Client SSN 123-45-6789";
        JsonbException failure = assertThrows(JsonbException.class, () -> JSONB.fromJson(
                "{\"items\":[{\"teamRoles\":[\"" + secret + "\"]}]}",
                new com.vinereports.filevine.wire.FvItemList<com.vinereports.filevine.wire.FvTeamMember>() { }
                        .getClass().getGenericSuperclass()));
        String path = UnreadableAnswer.path(failure);
        assertTrue("items.teamRoles".equalsIgnoreCase(path), path); // JSON-B names them in lower case
        assertTrue(!path.contains("Jane"));
    }

    /** Every model field got a value: the sample fills every described field, so a null is a field that did not bind. */
    private static void assertFilledIn(String where, Object bound) {
        assertNotNull(bound, where);
        if (bound instanceof List<?> list) {
            assertEquals(1, list.size(), where);
            assertFilledIn(where + "[]", list.get(0));
            return;
        }
        if (bound instanceof String || bound instanceof Number || bound instanceof Boolean || bound instanceof JsonValue) {
            return;
        }
        for (Class<?> c = bound.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
                    continue;
                }
                try {
                    assertFilledIn(where + "." + field.getName(), field.get(bound));
                } catch (IllegalAccessException unexpected) {
                    fail(unexpected);
                }
            }
        }
    }
}
