package com.vinereports.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request as some code must see it: without some parameters (and headers). For the login mechanism, a page
 * request without callback parameters; for an error page, the failed postback without its view state.
 */
public final class HiddenParameters extends HttpServletRequestWrapper {

    private final Set<String> parameters;
    private final Set<String> headers;
    private final boolean queryString;

    /** {@code headers} by name, in any case. */
    public HiddenParameters(HttpServletRequest request, Set<String> parameters, Set<String> headers) {
        this(request, parameters, headers, true);
    }

    private HiddenParameters(HttpServletRequest request, Set<String> parameters, Set<String> headers, boolean queryString) {
        super(request);
        this.parameters = parameters;
        this.headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.headers.addAll(headers);
        this.queryString = queryString;
    }

    /** Also without its query string (which would carry the hidden parameters). */
    public static HiddenParameters withoutQueryString(HttpServletRequest request, Set<String> parameters) {
        return new HiddenParameters(request, parameters, Set.of(), false);
    }

    @Override
    public String getQueryString() {
        return queryString ? super.getQueryString() : null;
    }

    @Override
    public String getParameter(String name) {
        return parameters.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> visible = new LinkedHashMap<>(super.getParameterMap());
        visible.keySet().removeAll(parameters);
        return Collections.unmodifiableMap(visible);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String getHeader(String name) {
        return headers.contains(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return headers.contains(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }
}
