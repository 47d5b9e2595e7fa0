package com.vinereports.api;

import com.vinereports.filevine.ItemPage;
import com.vinereports.filevine.Note;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.reports.ProjectDetail;
import com.vinereports.reports.ProjectFilters;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.Projects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Matters: a filtered, sorted page (or the whole set), one matter in full, its notes, document downloads. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    /**
     * A page of matters. {@code total} is left out while Filevine has not told it (its {@code count} may count
     * only the page): {@code hasMore} says whether to ask for the next page.
     */
    public record ProjectList(Integer total, int offset, int limit, boolean hasMore, List<ProjectRow> items) {
    }

    @GET
    @Path("projects")
    public ProjectList list(@Context UriInfo uri, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                            @QueryParam("all") String all, @QueryParam("fields") String fields) {
        ProjectQuery query = filters(uri).withRequestedFields(requestedFields(fields));
        if (Params.bool("all", all, false)) {
            List<ProjectRow> rows = projects.all(query);
            return new ProjectList(rows.size(), 0, rows.size(), false, rows);
        }
        ItemPage<ProjectRow> page = projects.page(query, Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, 50, 1, 1000));
        return new ProjectList(page.total() < 0 ? null : page.total(), page.offset(), page.limit(), page.hasMore(),
                page.items());
    }

    /** The whole filtered list as CSV, streamed page by page (the same columns as the page's export). */
    @GET
    @Path("projects.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@Context UriInfo uri) {
        ProjectQuery filtered = filters(uri);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            writer.write(com.vinereports.reports.Csv.header());
            projects.eachPage(filtered, total -> { }, rows -> {
                try {
                    for (ProjectRow row : rows) {
                        writer.write(com.vinereports.reports.Csv.line(row));
                    }
                    writer.flush();
                } catch (java.io.IOException gone) {
                    throw new java.io.UncheckedIOException(gone);
                }
            });
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"projects.csv\"").build();
    }

    private static ProjectQuery filters(UriInfo uri) {
        try {
            return ProjectFilters.read(uri.getQueryParameters()::getFirst);
        } catch (ProjectFilters.Invalid invalid) {
            throw new BadParameter(invalid.parameter(), invalid.expected());
        }
    }

    /** Filevine's requestedFields: only these come back (smaller pages for wide tables). */
    private static List<String> requestedFields(String fields) {
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        List<String> names = java.util.Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
        for (String name : names) {
            if (!FIELDS.contains(name)) {
                throw new BadParameter("fields", "a comma-separated list of " + String.join(", ", FIELDS));
            }
        }
        return names;
    }

    private static final List<String> FIELDS = List.of("projectId", "projectTypeId", "projectTypeCode", "clientName",
            "projectName", "phaseName", "phaseDate", "incidentDate", "number", "createdDate", "firstPrimaryName",
            "isArchived", "lastActivity", "hashtags");

    @GET
    @Path("projects/{id}")
    public ProjectDetail detail(@PathParam("id") String id) {
        return projects.detail(Params.integer("id", id, 0, 1, Integer.MAX_VALUE));
    }

    @GET
    @Path("projects/{id}/notes")
    public List<Note> notes(@PathParam("id") String id, @QueryParam("type") String type,
                                          @QueryParam("since") String since, @QueryParam("before") String before) {
        if (type != null && !type.isBlank() && !List.of("note", "task", "email").contains(type.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new BadParameter("type", "Note, Task or Email");
        }
        return projects.notes(Params.integer("id", id, 0, 1, Integer.MAX_VALUE), Params.text(type),
                Params.date("since", since), Params.date("before", before));
    }

    /** A redirect to Filevine's pre-signed URL: the file goes from Filevine to the browser, not through here. */
    @GET
    @Path("documents/{id}/download")
    public Response download(@PathParam("id") String id) {
        return Response.seeOther(projects.download(Params.integer("id", id, 0, 1, Integer.MAX_VALUE)))
                .header("Cache-Control", "no-store")
                .build();
    }
}
