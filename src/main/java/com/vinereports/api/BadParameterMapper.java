package com.vinereports.api;

import com.vinereports.Jsonp;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with a body that says which parameter was wrong and what it should be. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameter> {

    @Override
    public Response toResponse(BadParameter bad) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.object()
                        .add("error", "bad_parameter")
                        .add("parameter", bad.parameter())
                        .add("message", bad.getMessage())
                        .build())
                .build();
    }
}
