package com.vinereports.reports;

import com.vinereports.filevine.ProjectQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The projects list's filters as URL parameters, read one way everywhere (the JSON API, the table's links, the
 * exports): search, phase, type, createdSince, activitySince, activityBefore, archived, sort, order. A wrong
 * value is an {@link Invalid} naming the parameter, never a silent default.
 */
public final class ProjectFilters {

    /** A parameter that cannot be used; the message says what it should be. */
    public static class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        private final String expected;

        Invalid(String parameter, String expected) {
            super(parameter + ": " + expected);
            this.parameter = parameter;
            this.expected = expected;
        }

        public String parameter() {
            return parameter;
        }

        /** What the parameter should be, e.g. "asc or desc". */
        public String expected() {
            return expected;
        }
    }

    private ProjectFilters() {
    }

    public static ProjectQuery read(Function<String, String> parameter) {
        String sort = text(parameter.apply("sort"));
        ProjectQuery.Sort sortBy = sort == null ? ProjectQuery.Sort.PROJECT_ID : ProjectQuery.Sort.fromWire(sort);
        if (sortBy == null) {
            throw new Invalid("sort", "one of projectName, clientName, phaseName, phaseDate, lastActivity, "
                    + "createdDate, projectId, projectTypeId, firstPrimaryName, projectOrClientName");
        }
        String order = text(parameter.apply("order"));
        if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw new Invalid("order", "asc or desc");
        }
        return ProjectQuery.ALL
                .withSearchTerm(text(parameter.apply("search")))
                .withPhaseName(text(parameter.apply("phase")))
                .withProjectTypeId(positive("type", parameter.apply("type")))
                .withCreatedSince(date("createdSince", parameter.apply("createdSince")))
                .withLatestActivity(instant("activitySince", parameter.apply("activitySince")),
                        instant("activityBefore", parameter.apply("activityBefore")))
                .withExcludeArchived(!bool("archived", parameter.apply("archived"), true))
                .sortedBy(sortBy, "desc".equalsIgnoreCase(order));
    }

    /** The same filters as a query string (for links and exports), without the leading '?'. */
    public static String write(ProjectQuery query) {
        StringBuilder url = new StringBuilder();
        add(url, "search", query.searchTerm());
        add(url, "phase", query.phaseName());
        add(url, "type", query.projectTypeId() == null ? null : query.projectTypeId().toString());
        add(url, "createdSince", query.createdSince() == null ? null : query.createdSince().toString());
        add(url, "activitySince", query.latestActivitySince() == null ? null : query.latestActivitySince().toString());
        add(url, "activityBefore", query.latestActivityBefore() == null ? null : query.latestActivityBefore().toString());
        add(url, "archived", Boolean.toString(!query.excludeArchived()));
        add(url, "sort", query.sortBy() == null ? null : query.sortBy().wire());
        add(url, "order", query.descending() ? "desc" : "asc");
        return url.toString();
    }

    private static void add(StringBuilder url, String name, String value) {
        if (value == null) {
            return;
        }
        if (url.length() > 0) {
            url.append('&');
        }
        url.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Integer positive(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new Invalid(name, "a project type id (a positive whole number)");
    }

    private static LocalDate date(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            throw new Invalid(name, "a date like 2026-11-01");
        }
    }

    /** A date (its start, UTC) or an ISO instant. */
    private static Instant instant(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        String text = value.trim();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new Invalid(name, "a date like 2026-11-01 or an instant like 2026-11-01T09:00:00Z");
        }
    }

    private static boolean bool(String name, String value, boolean fallback) {
        if (text(value) == null) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new Invalid(name, "true or false");
        };
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
