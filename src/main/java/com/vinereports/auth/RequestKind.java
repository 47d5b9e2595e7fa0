package com.vinereports.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, which decides how "you must log in (again)" is answered: a browser navigating gets a redirect,
 * a JSF AJAX request a partial-response redirect (a 302 there would be followed by the XHR and the login page
 * parsed as XML), a script or JSON client a 401 it can act on (a 302 to the provider is useless to it).
 */
public enum RequestKind {
    PAGE, FACES_AJAX, JSON;

    public static RequestKind of(HttpServletRequest request) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return FACES_AJAX;
        }
        String accept = request.getHeader("Accept");
        boolean wantsJson = accept != null && accept.contains("application/json") && !accept.contains("text/html");
        boolean script = "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
        boolean api = request.getServletPath().startsWith("/api/");
        return wantsJson || script || api ? JSON : PAGE;
    }
}
