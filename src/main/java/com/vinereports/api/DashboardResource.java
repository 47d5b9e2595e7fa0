package com.vinereports.api;

import com.vinereports.reports.Dashboard;
import com.vinereports.reports.DashboardFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The dashboard's figures for the chosen org (kept for the session; {@code refresh=true} asks Filevine again). */
@Path("v1/dashboard")
@RequestScoped
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardFigures figures(@QueryParam("refresh") String refresh) {
        if (Params.bool("refresh", refresh, false)) {
            dashboard.refresh();
        }
        return dashboard.figures();
    }
}
