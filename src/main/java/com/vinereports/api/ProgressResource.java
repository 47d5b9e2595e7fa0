package com.vinereports.api;

import com.vinereports.reports.Progress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** How far an export or a report this session started has got: {rows, total, finished, problem}. */
@Path("v1/progress")
@RequestScoped
public class ProgressResource {

    @Inject
    Progress progress;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress.State state(@PathParam("id") String id) {
        return progress.of(request.getSession().getId(), id).orElseThrow(() -> new NotFoundException("nothing running under that id"));
    }
}
