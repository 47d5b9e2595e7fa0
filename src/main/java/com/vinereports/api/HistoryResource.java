package com.vinereports.api;

import com.vinereports.history.HistoryCsv;
import com.vinereports.history.HistoryReports;
import com.vinereports.history.TimeInPhase;
import com.vinereports.history.Trends;
import com.vinereports.reports.ProgressListener;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The firm's history, as on the pages: trends and time in phase, as JSON and as CSV. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoryReports reports;

    /** {@code period=daily} (default) or {@code weekly} (each week's last day). */
    @GET
    @Path("trends")
    public Trends trends(@QueryParam("period") String period) {
        return reports.trends(weekly(period), ProgressListener.NONE);
    }

    @GET
    @Path("trends.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response trendsCsv(@QueryParam("period") String period) {
        return attachment(HistoryCsv.trends(reports.trends(weekly(period), ProgressListener.NONE)), "trends.csv");
    }

    @GET
    @Path("time-in-phase")
    public TimeInPhase timeInPhase() {
        return reports.timeInPhase(ProgressListener.NONE);
    }

    @GET
    @Path("time-in-phase.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response timeInPhaseCsv() {
        return attachment(HistoryCsv.timeInPhase(reports.timeInPhase(ProgressListener.NONE)), "time-in-phase.csv");
    }

    private static boolean weekly(String period) {
        if (period == null || period.isBlank() || period.equals("daily")) {
            return false;
        }
        if (period.equals("weekly")) {
            return true;
        }
        throw new BadParameter("period", "daily or weekly");
    }

    private static Response attachment(String body, String name) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
