package com.vinereports.api;

import com.vinereports.Jsonp;
import com.vinereports.filevine.FilevineException;
import com.vinereports.reports.TooManyReports;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A Filevine failure as JSON: what happened in words, and a status that says whose fault it was. */
@Provider
public class FilevineFailureMapper implements ExceptionMapper<FilevineException> {

    @Override
    public Response toResponse(FilevineException failure) {
        int status = failure.httpStatus() == 401 ? 502 : failure.httpStatus();
        Response.ResponseBuilder answer = Response.status(status);
        if (failure instanceof TooManyReports) {
            answer.header("Retry-After", TooManyReports.RETRY_AFTER_SECONDS);
        }
        return answer
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.object()
                        .add("error", "filevine_" + failure.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .add("message", failure.getMessage())
                        .build())
                .build();
    }
}
