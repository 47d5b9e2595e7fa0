package com.vinereports.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries, set before anything else runs (mapped first in web.xml, and applied by
 * {@link AuthenticationOutcomes} to what the login mechanism answers before any filter).
 *
 * <ul>
 * <li>No framing anywhere ({@code frame-ancestors 'none'}): logout, org switch and reload cannot be clickjacked;
 *     no plugins, no foreign base URL; JSON answers get {@code default-src 'none'} besides. Pages' scripts are
 *     restricted by a second policy, PrimeFaces' ({@code script-src 'self' 'nonce-...'}, web.xml
 *     {@code primefaces.CSP}); both apply. What keeps postbacks working under it: {@code nonce-forms.js} and
 *     {@code ErrorPageRequest}.</li>
 * <li>{@code nosniff}, and no Referer to other sites (URLs carry clients' matters and filters).</li>
 * <li>HSTS on requests that came over https (through the proxy's {@code X-Forwarded-Proto}).</li>
 * <li>{@code no-store} on every signed-in page, API answer and export: clients' data must not stay in the
 *     browser's cache and history after logout.</li>
 * </ul>
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FRAMING = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the login mechanism's decorator, whose answers (redirects to the provider,
     * 401s) are made before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean api = path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", api ? "default-src 'none'; " + FRAMING : FRAMING);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (api || path.startsWith("/app/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
