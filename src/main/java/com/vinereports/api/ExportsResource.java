package com.vinereports.api;

import com.vinereports.reports.ExportProgress;
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

/** How far an export this session started has got: {rows, total, finished, problem}. */
@Path("v1/exports")
@RequestScoped
public class ExportsResource {

    @Inject
    ExportProgress progress;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ExportProgress.State state(@PathParam("id") String id) {
        return progress.of(request.getSession().getId(), id).orElseThrow(() -> new NotFoundException("no such export"));
    }
}
