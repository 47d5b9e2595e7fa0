package com.vinereports.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API for a firm's intranet, under {@code /api}; authenticated by the session a Filevine login sets
 * (a request without one gets 401 JSON, never a redirect). Described by MicroProfile OpenAPI at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Vine Reports API", version = "1",
        description = "Caseload reports over Filevine for the signed-in user's chosen org. Sign in at /app/ first: "
                + "the API uses that session. Errors are JSON: {error, message} (400 also names the parameter)."))
public class ApiApplication extends Application {
}
