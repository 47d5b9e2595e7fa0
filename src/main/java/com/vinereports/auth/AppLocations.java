package com.vinereports.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;

/**
 * Where the app sends browsers: one way to build a Location, from a normalised path of this application and
 * never from the request's Host header or its raw URI (a raw {@code //evil.example} would become a
 * protocol-relative redirect to another site). With {@code vine.public-url} set, Locations are absolute on it;
 * otherwise they are paths, which the browser resolves against the page it is on.
 */
public final class AppLocations {

    private AppLocations() {
    }

    /**
     * A request's own path as a safe, normalised path: dot segments resolved, repeated slashes folded, always one
     * leading slash; the query is kept (GET only: a POST cannot be replayed).
     */
    public static String samePage(HttpServletRequest request) {
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return normalise(request.getRequestURI()) + (query == null ? "" : "?" + query);
    }

    /**
     * {@code path} (from the context root, e.g. "/app/profile.xhtml", a query allowed) as this application's
     * address: on the public URL when one is set, else a path the browser resolves.
     */
    public static String of(HttpServletRequest request, Optional<URI> publicUrl, String path) {
        int query = path.indexOf('?');
        String file = query < 0 ? path : path.substring(0, query);
        String rest = query < 0 ? "" : path.substring(query);
        return publicUrl.map(base -> withoutSlash(base) + normalise(file))
                .orElseGet(() -> normalise(request.getContextPath() + "/" + file)) + rest;
    }

    /** A redirect (302) to one of the application's own paths. */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, Optional<URI> publicUrl,
                                String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", of(request, publicUrl, path));
        response.setContentLength(0);
    }

    /** The application's absolute base URL: the public URL, or else the one the request came in on. */
    public static String base(HttpServletRequest request, Optional<URI> publicUrl) {
        return publicUrl.map(AppLocations::withoutSlash).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        });
    }

    static String withoutSlash(URI url) {
        String base = url.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String normalise(String path) {
        String folded = ("/" + (path == null ? "" : path)).replaceAll("/{2,}", "/");
        try {
            String resolved = URI.create("http://app" + encodeForUri(folded)).normalize().getRawPath();
            return resolved == null || resolved.isEmpty() || resolved.startsWith("/..") ? "/" : resolved;
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }

    /** Raw request URIs are already encoded; only characters {@link URI} refuses outright are escaped. */
    private static String encodeForUri(String path) {
        return path.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C").replace(">", "%3E")
                .replace("\\", "%5C").replace("^", "%5E").replace("`", "%60").replace("{", "%7B")
                .replace("|", "%7C").replace("}", "%7D");
    }
}
