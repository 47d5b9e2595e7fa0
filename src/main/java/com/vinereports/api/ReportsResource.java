package com.vinereports.api;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.ProgressListener;
import com.vinereports.reports.Projects;
import com.vinereports.reports.StaleMatters;
import com.vinereports.reports.Upcoming;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Stale matters (by primary) and upcoming deadlines and tasks, as on the pages. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Projects projects;

    @Inject
    Dashboard dashboard;

    @Inject
    FilevineIdentity identity;

    @GET
    @Path("stale")
    public StaleMatters stale(@QueryParam("days") String days) {
        return projects.stale(Params.integer("days", days, 30, 1, 3650), dashboard.today(), ProgressListener.NONE);
    }

    /**
     * {@code scope=mine} (default: matters where the user is the first primary), {@code assigned} (tasks assigned to
     * the user and the deadlines on their calendar: the cheapest) or {@code all} (two calls per open matter).
     */
    @GET
    @Path("upcoming")
    public Upcoming upcoming(@QueryParam("days") String days, @QueryParam("scope") String scope) {
        Upcoming.Scope chosen = Upcoming.Scope.of(scope);
        if (scope != null && !scope.isBlank() && !chosen.parameter().equals(scope)) {
            throw new BadParameter("scope", "mine, assigned or all");
        }
        return projects.upcoming(dashboard.today(), Params.integer("days", days, 14, 1, 365), chosen,
                identity.getUser().username(), ProgressListener.NONE);
    }
}
