package com.vinereports.auth;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what the built-in OpenID mechanism answers on failure into pages a person can act on.
 *
 * <p>The mechanism runs before any servlet filter, and on its own it answers a refused callback with a
 * bare 401 and an unreachable provider with a 500 and a stack trace. A CDI decorator is the standard
 * extension point that sees both (Soteria makes its mechanism bean decorable on purpose):
 * <ul>
 * <li>a callback the mechanism rejects (state tampered or replayed, code refused, wrong client secret)
 *     ends the half-made session and goes to {@code /errors/login-failed.xhtml};</li>
 * <li>an exception (provider down, discovery broken, settings missing) becomes a 503 page;</li>
 * <li>a redirect to the provider remembers where the user was going, for the sign-in callback to return to.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AuthenticationOutcomes implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AuthenticationOutcomes.class.getName());

    public static final String CALLBACK_PATH = "/signin-oidc";
    public static final String UNAVAILABLE_PAGE = "/errors/unavailable.xhtml";
    public static final String LOGIN_FAILED_PAGE = "/errors/login-failed.xhtml";
    /** Request attribute telling the 503 page whether settings are missing or the provider is down. */
    public static final String UNAVAILABLE_REASON = "com.vinereports.unavailableReason";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    FilevineSettings settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        boolean callback = isCallback(request);
        AuthenticationStatus status;
        try {
            status = delegate.validateRequest(request, response, context);
        } catch (RuntimeException failure) {
            return unavailable(request, response, context, failure);
        }
        if (callback && status == AuthenticationStatus.SEND_FAILURE) {
            LOG.info("Rejected sign-in callback: the session that started it ends");
            endSession(request);
            return context.redirect(request.getContextPath() + LOGIN_FAILED_PAGE + "?reason=rejected");
        }
        if (!callback && status == AuthenticationStatus.SEND_CONTINUE && request.getUserPrincipal() == null) {
            ReturnTo.remember(request);
        }
        return status;
    }

    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, RuntimeException failure) {
        String reason = settings.complete() ? "provider" : "settings";
        // One line, no stack trace: the cause (e.g. "Connection refused") is what an operator needs.
        LOG.log(Level.WARNING, "Login unavailable ({0}): {1}", new Object[] {reason, describe(failure)});
        endSession(request);
        request.setAttribute(UNAVAILABLE_REASON, reason);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return context.forward(UNAVAILABLE_PAGE);
    }

    private static boolean isCallback(HttpServletRequest request) {
        return CALLBACK_PATH.equals(request.getServletPath()) && request.getParameter("state") != null;
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + (root == failure ? "" : " caused by " + root.getClass().getSimpleName())
                + ": " + root.getMessage();
    }
}
