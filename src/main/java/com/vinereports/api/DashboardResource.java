package com.vinereports.api;

import com.vinereports.reports.Dashboard;
import com.vinereports.reports.DashboardFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The dashboard's figures for the chosen org, kept for 15 minutes (ReportCache). Asking Filevine again changes what is
 * kept, so it is a POST ({@code /refresh}); a GET never changes anything.
 */
@Path("v1/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    public DashboardFigures figures(@QueryParam("refresh") String refresh) {
        if (refresh != null) {
            throw new BadParameter("refresh", "not on a GET: POST /api/v1/dashboard/refresh asks Filevine again");
        }
        return dashboard.figures();
    }

    @POST
    @Path("refresh")
    public DashboardFigures refresh() {
        dashboard.refresh();
        return dashboard.figures();
    }
}
