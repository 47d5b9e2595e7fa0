package com.vinereports.web;

import com.vinereports.auth.FilevineIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every page under {@code /app} works in one org: until one is chosen, the user goes to the picker.
 * Runs after authentication (the container authenticates before any filter).
 */
public class TenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    FilevineIdentity identity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!identity.isLoaded()) {
            response.sendRedirect(request.getContextPath() + "/signin-oidc");
            return;
        }
        boolean onPicker = SignInCallback.ORG_PICKER.equals(request.getServletPath());
        if (identity.chosenOrg().isEmpty() && !onPicker) {
            response.sendRedirect(request.getContextPath() + SignInCallback.ORG_PICKER);
            return;
        }
        chain.doFilter(request, response);
    }
}
