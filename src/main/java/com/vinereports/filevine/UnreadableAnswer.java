package com.vinereports.filevine;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filevine answered, but not in a shape the models can read. Not an outage (the same question gets the same
 * answer: no retry, and the circuit breaker does not count it) and not the user's fault: the part of the page
 * that needed it says so, the rest works. Only the JSON path of the field that failed is kept, never a value.
 */
final class UnreadableAnswer {

    /** How JSON-B (Yasson) names the property it failed on, at each level of nesting. */
    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']*)'");

    private UnreadableAnswer() {
    }

    /**
     * A JSON parsing or binding error is behind this failure: Filevine answered, the models could not read it.
     * Not when the body stopped coming (the JSON parser wraps a read time-out too): that is no answer.
     */
    static boolean isBindingFailure(Throwable failure) {
        boolean json = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return false;
            }
            json |= t instanceof JsonbException || t instanceof JsonException;
        }
        return json;
    }

    /**
     * The path of the field the binding failed on ({@code "items.teamRoles"}), from the property names JSON-B
     * puts at the head of each nested message; {@code "$"} when it names none (the answer as a whole).
     */
    static String path(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            Matcher property = message == null ? null : PROPERTY.matcher(message);
            if (property != null && property.find()) {
                names.add(property.group(1));
            }
        }
        return names.isEmpty() ? "$" : String.join(".", names);
    }
}
