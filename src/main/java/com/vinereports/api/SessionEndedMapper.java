package com.vinereports.api;

import com.vinereports.auth.SessionEndAnswer;
import com.vinereports.auth.SessionEndedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The Filevine session ended during an API call: the app session ends too, and a 401 says so. */
@Provider
public class SessionEndedMapper implements ExceptionMapper<SessionEndedException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(SessionEndedException ended) {
        SessionEndAnswer.endAppSession(request);
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, SessionEndAnswer.CHALLENGE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SessionEndAnswer.json(request, "session_ended", ended.userMessage()))
                .build();
    }
}
