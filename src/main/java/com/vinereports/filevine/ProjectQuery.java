package com.vinereports.filevine;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which projects to list, in Filevine's own terms: every filter is applied by Filevine (never after the fact
 * here), so a page of results is a page of the right results. Immutable; {@code with*} makes a changed copy.
 */
public record ProjectQuery(String searchTerm, String name, String number, String phaseName, Integer projectTypeId,
                           String hashtag, LocalDate incidentDate, LocalDate createdSince,
                           Instant latestActivitySince, Instant latestActivityBefore, boolean excludeArchived,
                           Sort sortBy, boolean descending, List<String> requestedFields) implements Serializable {

    /** Filevine's {@code sortBy} values. */
    public enum Sort {
        PROJECT_OR_CLIENT_NAME("projectOrClientName"), PROJECT_NAME("projectName"), CLIENT_NAME("clientName"),
        PHASE_NAME("phaseName"), PHASE_DATE("phaseDate"), LAST_ACTIVITY("lastActivity"), CREATED_DATE("createdDate"),
        PROJECT_ID("projectId"), PROJECT_TYPE_ID("projectTypeId"), FIRST_PRIMARY_NAME("firstPrimaryName");

        private final String wire;

        Sort(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        /** By Filevine's name, case-insensitively; null when there is no such sort. */
        public static Sort fromWire(String name) {
            for (Sort sort : values()) {
                if (sort.wire.toLowerCase(Locale.ROOT).equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                    return sort;
                }
            }
            return null;
        }
    }

    public static final ProjectQuery ALL = new ProjectQuery(null, null, null, null, null, null, null, null, null,
            null, false, Sort.PROJECT_ID, false, List.of());

    /**
     * The fields of a matter that the reports read (dashboard, stale matters, upcoming): Filevine's list pages then
     * leave out the rest (description, hashtags, links, ids of client and phase), which the reports never show.
     */
    public static final List<String> REPORT_FIELDS = List.of("projectId", "projectName", "number", "clientName",
            "projectTypeId", "projectTypeCode", "phaseName", "phaseDate", "createdDate", "lastActivity",
            "firstPrimaryName", "firstPrimaryUsername", "isArchived");

    /** Every matter, with only the fields reports read ({@link #REPORT_FIELDS}). */
    public static final ProjectQuery FOR_REPORTS = ALL.withRequestedFields(REPORT_FIELDS);

    public ProjectQuery withSearchTerm(String value) {
        return new ProjectQuery(value, name, number, phaseName, projectTypeId, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, excludeArchived, sortBy, descending, requestedFields);
    }

    public ProjectQuery withPhaseName(String value) {
        return new ProjectQuery(searchTerm, name, number, value, projectTypeId, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, excludeArchived, sortBy, descending, requestedFields);
    }

    public ProjectQuery withProjectTypeId(Integer value) {
        return new ProjectQuery(searchTerm, name, number, phaseName, value, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, excludeArchived, sortBy, descending, requestedFields);
    }

    public ProjectQuery withCreatedSince(LocalDate value) {
        return new ProjectQuery(searchTerm, name, number, phaseName, projectTypeId, hashtag, incidentDate, value,
                latestActivitySince, latestActivityBefore, excludeArchived, sortBy, descending, requestedFields);
    }

    public ProjectQuery withLatestActivity(Instant since, Instant before) {
        return new ProjectQuery(searchTerm, name, number, phaseName, projectTypeId, hashtag, incidentDate, createdSince,
                since, before, excludeArchived, sortBy, descending, requestedFields);
    }

    public ProjectQuery withExcludeArchived(boolean value) {
        return new ProjectQuery(searchTerm, name, number, phaseName, projectTypeId, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, value, sortBy, descending, requestedFields);
    }

    public ProjectQuery sortedBy(Sort sort, boolean desc) {
        return new ProjectQuery(searchTerm, name, number, phaseName, projectTypeId, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, excludeArchived, sort, desc, requestedFields);
    }

    public ProjectQuery withRequestedFields(List<String> fields) {
        return new ProjectQuery(searchTerm, name, number, phaseName, projectTypeId, hashtag, incidentDate, createdSince,
                latestActivitySince, latestActivityBefore, excludeArchived, sortBy, descending, List.copyOf(fields));
    }

    String requestedFieldsParameter() {
        return requestedFields == null || requestedFields.isEmpty() ? null : String.join(",", requestedFields);
    }
}
