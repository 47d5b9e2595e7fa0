package com.vinereports.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a user asked for before being sent to log in. Only same-application paths are kept, so the
 * value can never turn the sign-in callback into an open redirect.
 */
public final class ReturnTo {

    private static final String ATTRIBUTE = "com.vinereports.returnTo";

    private ReturnTo() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return; // a POST cannot be replayed after login: land on the page itself instead
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** Takes (and forgets) the remembered path, relative to the context root, or the fallback. */
    public static String take(HttpServletRequest request, String fallback) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return fallback;
        }
        Object value = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (value instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return fallback;
    }
}
