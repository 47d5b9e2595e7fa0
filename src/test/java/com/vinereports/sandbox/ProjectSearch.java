package com.vinereports.sandbox;

import com.vinereports.sandbox.SeedData.SeedProject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code GET /Projects}' filters and sorting, as the simulator applies them: the documented filters
 * (searchTerm, name, number, phaseName, hashtags, incidentDate, createdSince, latestActivitySince,
 * latestActivityBefore, excludeArchived) and sortBy/orderBy. A parameter the description does not list
 * (projectTypeId) is ignored, as Filevine may well ignore it. Ties sort by project id, so paging through a
 * sorted list never repeats or skips a matter.
 */
public final class ProjectSearch {

    private ProjectSearch() {
    }

    public static List<SeedProject> apply(List<SeedProject> projects, Map<String, String> query) {
        Predicate<SeedProject> filter = p -> true;
        String search = lower(query.get("searchTerm"));
        if (search != null) {
            filter = filter.and(p -> lower(p.projectName()).contains(search) || lower(p.clientName()).contains(search)
                    || lower(p.number()).contains(search));
        }
        String name = lower(query.get("name"));
        if (name != null) {
            filter = filter.and(p -> lower(p.projectName()).contains(name));
        }
        String number = query.get("number");
        if (number != null && !number.isBlank()) {
            filter = filter.and(p -> p.number().equalsIgnoreCase(number));
        }
        String phase = query.get("phaseName");
        if (phase != null && !phase.isBlank()) {
            filter = filter.and(p -> p.phaseName().equalsIgnoreCase(phase));
        }
        String hashtag = lower(query.get("hashtags"));
        if (hashtag != null) {
            filter = filter.and(p -> p.hashtags().stream().anyMatch(tag -> lower(tag).equals(hashtag)
                    || lower(tag).equals("#" + hashtag)));
        }
        String incident = query.get("incidentDate");
        if (incident != null && !incident.isBlank()) {
            LocalDate day = LocalDate.parse(incident.substring(0, 10));
            filter = filter.and(p -> p.incidentDate().equals(day));
        }
        String createdSince = query.get("createdSince");
        if (createdSince != null && !createdSince.isBlank()) {
            Instant since = instant(createdSince);
            filter = filter.and(p -> !start(p.createdDate()).isBefore(since));
        }
        String activitySince = query.get("latestActivitySince");
        if (activitySince != null && !activitySince.isBlank()) {
            Instant since = instant(activitySince);
            filter = filter.and(p -> !p.lastActivity().isBefore(since));
        }
        String activityBefore = query.get("latestActivityBefore");
        if (activityBefore != null && !activityBefore.isBlank()) {
            Instant before = instant(activityBefore);
            filter = filter.and(p -> p.lastActivity().isBefore(before));
        }
        if ("true".equalsIgnoreCase(query.get("excludeArchived"))) {
            filter = filter.and(p -> !p.archived());
        }
        Comparator<SeedProject> order = comparator(query.getOrDefault("sortBy", "projectId"));
        if ("desc".equalsIgnoreCase(query.get("orderBy"))) {
            order = order.reversed();
        }
        return projects.stream().filter(filter).sorted(order.thenComparing(SeedProject::projectId)).toList();
    }

    private static Comparator<SeedProject> comparator(String sortBy) {
        Map<String, Function<SeedProject, ? extends Comparable<?>>> keys = Map.of(
                "projectname", p -> lower(p.projectName()),
                "clientname", p -> lower(p.clientName()),
                "projectorclientname", p -> lower(p.projectName()),
                "phasename", p -> lower(p.phaseName()),
                "phasedate", SeedProject::phaseDate,
                "lastactivity", SeedProject::lastActivity,
                "createddate", SeedProject::createdDate,
                "projecttypeid", p -> p.type().id(),
                "firstprimaryname", p -> lower(p.primary().fullName()),
                "projectid", SeedProject::projectId);
        Function<SeedProject, ? extends Comparable<?>> key = keys.get(sortBy.toLowerCase(Locale.ROOT));
        if (key == null) {
            throw new IllegalArgumentException("Unknown sortBy " + sortBy);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<SeedProject> comparator = Comparator.comparing((Function) key);
        return comparator;
    }

    static Instant instant(String value) {
        String text = value.trim();
        return text.length() == 10 ? start(LocalDate.parse(text)) : Instant.parse(text);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
    }
}
