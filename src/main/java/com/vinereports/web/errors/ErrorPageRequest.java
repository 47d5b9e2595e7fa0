package com.vinereports.web.errors;

import com.vinereports.auth.HiddenParameters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * An error page is a page of its own, not the postback that failed: on the container's error dispatch, the failed
 * request's view state and AJAX markers are hidden from Faces. Otherwise the error page would be rendered as a
 * postback of a view that is not its own, and PrimeFaces' script-nonce mode would look for the failed page's nonce
 * in it (a POST that lacked one, or a view that expired, then ended in a blank 500 instead of the error page).
 * Mapped in web.xml to the ERROR dispatch of {@code /errors/*}.
 */
public class ErrorPageRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What makes Faces (and PrimeFaces) take a request for a postback or an AJAX request. */
    static final Set<String> POSTBACK_PARAMETERS = Set.of("jakarta.faces.ViewState", "jakarta.faces.partial.ajax",
            "jakarta.faces.source", "jakarta.faces.partial.execute", "jakarta.faces.partial.render",
            "primefaces.nonce");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HiddenParameters(request, POSTBACK_PARAMETERS, Set.of("Faces-Request")), response);
    }
}
