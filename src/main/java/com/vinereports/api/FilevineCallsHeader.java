package com.vinereports.api;

import com.vinereports.filevine.CallCount;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer says how many Filevine calls it cost ({@code X-Filevine-Calls}): scripts that call the API
 * often can see what they spend of the firm's Filevine budget, and the benchmarks count calls per view with it.
 */
@Provider
public class FilevineCallsHeader implements ContainerResponseFilter {

    public static final String HEADER = "X-Filevine-Calls";

    @Inject
    CallCount callCount;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, Integer.toString(callCount.made()));
    }
}
