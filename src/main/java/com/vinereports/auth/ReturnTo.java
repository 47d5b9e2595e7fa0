package com.vinereports.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;

/**
 * The page a user asked for before being sent to log in. Only same-application paths are kept, so the
 * value can never turn the sign-in callback into an open redirect; never a callback's parameters, and never
 * more than {@link #MAX_LENGTH} characters (anyone can make a session hold it before signing in).
 */
public final class ReturnTo {

    private static final String ATTRIBUTE = "com.vinereports.returnTo";

    private ReturnTo() {
    }

    /** The most a session keeps before sign-in: a longer address loses its query, a longer path is not kept. */
    static final int MAX_LENGTH = 2048;

    private static final Pattern CALLBACK_PARAMETER = Pattern.compile("(^|&)(state|code|error|error_description|session_state|iss)=[^&]*");

    static void remember(HttpServletRequest request) {
        keep(request, target(request));
    }

    /**
     * Where a request was going, as a bounded, normalised path of this application (callback parameters left
     * out), or null for a POST (it cannot be replayed after login) or an address too long to keep.
     */
    static String target(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = AppLocations.normalise(request.getRequestURI()).substring(request.getContextPath().length());
        String query = request.getQueryString() == null ? null
                : CALLBACK_PARAMETER.matcher(request.getQueryString()).replaceAll("").replaceFirst("^&", "");
        return bounded(query == null || query.isEmpty() ? path : path + "?" + query, path);
    }

    /** Keeps a target that came as a parameter ({@code /app/sign-in?to=...}), if it is one of ours. */
    static void keepFromParameter(HttpServletRequest request, String to) {
        if (isOwnPath(to)) {
            int query = to.indexOf('?');
            String path = AppLocations.normalise(query < 0 ? to : to.substring(0, query));
            keep(request, bounded(query < 0 ? path : path + to.substring(query), path));
        }
    }

    /** A path of this application, never one a browser would read as another host ({@code //x}, {@code /\\x}). */
    public static boolean isOwnPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    }

    private static String bounded(String target, String path) {
        if (target.length() <= MAX_LENGTH) {
            return target;
        }
        return path.length() > MAX_LENGTH ? null : path;
    }

    private static void keep(HttpServletRequest request, String target) {
        if (target != null) {
            request.getSession().setAttribute(ATTRIBUTE, target);
        }
    }

    /** Takes (and forgets) the remembered path, relative to the context root, or the fallback. */
    public static String take(HttpServletRequest request, String fallback) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return fallback;
        }
        Object value = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (value instanceof String path && isOwnPath(path)) {
            return path;
        }
        return fallback;
    }
}
