package com.vinereports.web;

import com.vinereports.Jsonp;
import com.vinereports.auth.AppLocations;
import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.SessionGuard;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Every page under {@code /app} and every {@code /api} call works in one org: until one is chosen, a page goes
 * to the picker and an API call gets 409 (a call without the org would reach Filevine without its tenant
 * headers and outside the org's call budget). The session-status call is the exception: it is about the
 * session, not an org. Runs after authentication (the container authenticates before any filter).
 */
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    FilevineIdentity identity;

    @Inject
    FilevineSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean orgChosen = identity.isLoaded() && identity.chosenOrg().isPresent();
        if (request.getServletPath().startsWith("/api")) {
            String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
            if (!orgChosen && !SessionGuard.STATUS_PATH.equals(path)) {
                noOrgYet(response);
                return;
            }
        } else if (!identity.isLoaded()) {
            AppLocations.redirect(request, response, settings.publicUrl(), "/signin-oidc");
            return;
        } else if (!orgChosen && !SignInCallback.ORG_PICKER.equals(request.getServletPath())) {
            AppLocations.redirect(request, response, settings.publicUrl(), SignInCallback.ORG_PICKER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void noOrgYet(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Jsonp.object()
                .add("error", "org_not_chosen")
                .add("message", "Choose the org to work in first (" + SignInCallback.ORG_PICKER + ").")
                .build().toString());
    }
}
