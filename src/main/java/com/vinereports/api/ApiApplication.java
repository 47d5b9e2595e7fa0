package com.vinereports.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for a firm's intranet, under {@code /api}; authenticated by the session a Filevine login sets. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
