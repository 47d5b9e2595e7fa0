package com.vinereports.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Filevine's published description of the operations the app calls ({@code src/test/resources/filevine-contract}),
 * and the three checks made against it: a wire model reads only described fields, with their kinds; an answer
 * (the simulator's) sends only described fields, with their kinds; and a sample answer with every described field
 * filled in, for binding the models to. Names are compared case-insensitively (the wire is camelCase, the
 * description PascalCase).
 */
public final class ContractFixture {

    private final JsonObject operations;

    private ContractFixture(JsonObject operations) {
        this.operations = operations;
    }

    public static ContractFixture load() {
        try (InputStream in = ContractFixture.class.getResourceAsStream("/filevine-contract/operations.json");
             JsonReader reader = Json.createReader(in)) {
            return new ContractFixture(reader.readObject().getJsonObject("operations"));
        } catch (java.io.IOException | NullPointerException missing) {
            throw new IllegalStateException("filevine-contract/operations.json not on the test class path", missing);
        }
    }

    /** {@code "GET /fv-app/v2/Users/Me"} etc. */
    public List<String> operationKeys() {
        return List.copyOf(operations.keySet());
    }

    /** The described operation for a method and path, paths compared case-insensitively with any parameter names. */
    public Optional<String> find(String method, String path) {
        String wanted = method + " " + normalise(path);
        return operations.keySet().stream().filter(key -> normalise(key).equals(normalise(wanted))).findFirst();
    }

    public List<String> parameters(String operation) {
        return operations.getJsonObject(operation).getJsonArray("params").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    public JsonValue answer(String operation) {
        return operations.getJsonObject(operation).get("answer");
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").toLowerCase(Locale.ROOT);
    }

    // ---- the model against the description ----------------------------------------------------------------

    /** Every field of {@code model} (public fields, as JSON-B reads them) that the description lacks or types otherwise. */
    public List<String> modelMismatches(String operation, Type model) {
        List<String> found = new ArrayList<>();
        model("$", model, answer(operation), Map.of(), found);
        return found;
    }

    private void model(String path, Type type, JsonValue described, Map<TypeVariable<?>, Type> bound, List<String> found) {
        if (type instanceof TypeVariable<?> variable && bound.containsKey(variable)) {
            model(path, bound.get(variable), described, bound, found);
            return;
        }
        Class<?> raw = raw(type);
        Kind kind = Kind.of(described);
        if (JsonValue.class.isAssignableFrom(raw)) {
            return; // reads any kind
        }
        if (List.class.isAssignableFrom(raw)) {
            if (kind != Kind.ARRAY) {
                found.add(path + ": the model reads a list, the description has " + kind);
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            model(path + "[]", element, ((JsonArray) described).get(0), bound, found);
            return;
        }
        Kind expected = expectedKind(raw);
        if (expected != Kind.OBJECT) {
            boolean fits = expected == kind || expected == Kind.NUMBER && kind == Kind.INTEGER
                    || raw == Long.class && kind == Kind.INTEGER;
            if (raw == Integer.class && kind == Kind.INTEGER && described.toString().contains("int64")) {
                fits = false;
            }
            if (!fits) {
                found.add(path + ": the model reads " + raw.getSimpleName() + ", the description has " + described);
            }
            return;
        }
        if (kind != Kind.OBJECT) {
            found.add(path + ": the model reads an object (" + raw.getSimpleName() + "), the description has "
                    + described);
            return;
        }
        Map<TypeVariable<?>, Type> inner = new HashMap<>(bound);
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                inner.put(variables[i], parameterized.getActualTypeArguments()[i]);
            }
        }
        JsonObject fields = (JsonObject) described;
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
                    continue;
                }
                String name = field.isAnnotationPresent(JsonbProperty.class)
                        ? field.getAnnotation(JsonbProperty.class).value() : field.getName();
                Optional<String> key = key(fields, name);
                if (key.isEmpty()) {
                    found.add(path + "." + name + ": not in the description");
                } else {
                    model(path + "." + name, field.getGenericType(), fields.get(key.get()), inner, found);
                }
            }
        }
    }

    private static Kind expectedKind(Class<?> raw) {
        if (raw == String.class) {
            return Kind.STRING;
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return Kind.INTEGER;
        }
        if (raw == Double.class || raw == double.class || raw == java.math.BigDecimal.class) {
            return Kind.NUMBER;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        }
        return Kind.OBJECT;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    // ---- an answer against the description -----------------------------------------------------------------

    /** Every field of {@code answer} that the description lacks, or whose value is of another kind. */
    public List<String> answerMismatches(String operation, JsonValue answer) {
        List<String> found = new ArrayList<>();
        answer("$", answer, answer(operation), found);
        return found;
    }

    private void answer(String path, JsonValue value, JsonValue described, List<String> found) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return; // any described field may be null
        }
        Kind kind = Kind.of(described);
        switch (kind) {
            case ANY -> { }
            case ENUM -> {
                JsonObject e = (JsonObject) described;
                boolean known = value instanceof JsonNumber n && e.getJsonArray("values").contains(n)
                        || value instanceof JsonString s && e.getJsonArray("names").getValuesAs(JsonString.class)
                        .stream().anyMatch(name -> name.getString().equalsIgnoreCase(s.getString()));
                if (!known) {
                    found.add(path + ": " + value + " is none of the enum's numbers or names " + e.get("names"));
                }
            }
            case ARRAY -> {
                if (!(value instanceof JsonArray array)) {
                    found.add(path + ": an array is described, the answer has " + value.getValueType());
                } else {
                    array.forEach(element -> answer(path + "[]", element, ((JsonArray) described).get(0), found));
                }
            }
            case OBJECT -> {
                if (!(value instanceof JsonObject object)) {
                    found.add(path + ": an object is described, the answer has " + value.getValueType());
                } else {
                    object.forEach((name, inner) -> {
                        Optional<String> key = key((JsonObject) described, name);
                        if (key.isEmpty()) {
                            found.add(path + "." + name + ": not in the description");
                        } else {
                            answer(path + "." + name, inner, ((JsonObject) described).get(key.get()), found);
                        }
                    });
                }
            }
            case FREE_OBJECT, SHAPELESS_OBJECT -> {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    found.add(path + ": an object is described, the answer has " + value.getValueType());
                }
            }
            case INTEGER -> {
                if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                    found.add(path + ": an integer is described, the answer has " + value.getValueType());
                }
            }
            case NUMBER -> {
                if (!(value instanceof JsonNumber)) {
                    found.add(path + ": a number is described, the answer has " + value.getValueType());
                }
            }
            case BOOLEAN -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    found.add(path + ": a boolean is described, the answer has " + value.getValueType());
                }
            }
            case STRING -> {
                if (!(value instanceof JsonString s)) {
                    found.add(path + ": a string is described, the answer has " + value.getValueType());
                } else if (described.toString().contains("date-time") && !isDateTime(s.getString())) {
                    found.add(path + ": a date-time is described, the answer has \"" + s.getString() + "\"");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notOffset) {
            return text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
        }
    }

    // ---- a sample answer -----------------------------------------------------------------------------------

    /**
     * An answer with every described field filled in with a value of its kind: names PascalCase as described or
     * camelCase as on the wire, enums as their number or their name, "any" as a number or a string. Integers
     * are 7, strings "text" (dates 2026-11-19T16:04:00Z), booleans true; one element per array.
     */
    public JsonValue sample(String operation, boolean camelCase, boolean enumsAsNumbers) {
        return sample(answer(operation), camelCase, enumsAsNumbers);
    }

    private JsonValue sample(JsonValue described, boolean camelCase, boolean enumsAsNumbers) {
        return switch (Kind.of(described)) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                ((JsonObject) described).forEach((name, inner) ->
                        object.add(camelCase ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name,
                                sample(inner, camelCase, enumsAsNumbers)));
                yield object.build();
            }
            case ARRAY -> Json.createArrayBuilder()
                    .add(sample(((JsonArray) described).get(0), camelCase, enumsAsNumbers)).build();
            case ENUM -> {
                JsonObject e = (JsonObject) described;
                int last = e.getJsonArray("values").size() - 1;
                yield enumsAsNumbers ? e.getJsonArray("values").get(last) : e.getJsonArray("names").get(last);
            }
            case ANY -> enumsAsNumbers ? Json.createValue(20000) : Json.createValue("any text");
            case INTEGER -> Json.createValue(7);
            case NUMBER -> Json.createValue(7.5);
            case BOOLEAN -> JsonValue.TRUE;
            case STRING -> Json.createValue(described.toString().contains("date-time") ? "2026-11-19T16:04:00Z" : "text");
            case FREE_OBJECT, SHAPELESS_OBJECT -> Json.createObjectBuilder().add("self", "text").build();
        };
    }

    private static Optional<String> key(JsonObject object, String name) {
        return object.keySet().stream().filter(key -> key.equalsIgnoreCase(name)).findFirst();
    }

    /** The JSON kinds the description uses. */
    enum Kind {
        OBJECT, ARRAY, ENUM, INTEGER, NUMBER, STRING, BOOLEAN, ANY, FREE_OBJECT, SHAPELESS_OBJECT;

        static Kind of(JsonValue described) {
            if (described instanceof JsonObject object) {
                return object.containsKey("enum") ? ENUM : OBJECT;
            }
            if (described instanceof JsonArray) {
                return ARRAY;
            }
            String text = ((JsonString) described).getString();
            if (text.startsWith("integer")) {
                return INTEGER;
            }
            if (text.startsWith("number")) {
                return NUMBER;
            }
            if (text.startsWith("string")) {
                return STRING;
            }
            if (text.equals("boolean")) {
                return BOOLEAN;
            }
            if (text.equals("any")) {
                return ANY;
            }
            if (text.equals("object (free-form)")) {
                return FREE_OBJECT;
            }
            if (text.startsWith("object ")) {
                return SHAPELESS_OBJECT;
            }
            throw new IllegalArgumentException("a kind the fixture does not use: " + text);
        }
    }
}
