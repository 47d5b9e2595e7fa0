package com.vinereports.auth;

import com.vinereports.Jsonp;
import com.vinereports.auth.pkce.CodeExchange;
import com.vinereports.auth.pkce.Pkce;
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
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the app needs from the built-in OpenID mechanism that it does not do itself, added around it as a
 * CDI decorator (Soteria makes its mechanism bean decorable on purpose; the mechanism runs before any servlet
 * filter, so nothing else could change its answers):
 * <ul>
 * <li><b>PKCE</b>: the authorization redirect gets an S256 {@code code_challenge}; the verifier is kept per
 *     {@code state} ({@link PendingLogins}) and added to the code exchange ({@link CodeExchange});</li>
 * <li><b>who asks</b>: a JSF AJAX or JSON request that needs a login gets a partial-response redirect or a 401,
 *     never a 302 to the provider ({@link SessionEndAnswer});</li>
 * <li><b>two tabs</b>: a login requested while another one of the session waits for its callback joins that
 *     one (same URL, same state), so neither tab's callback finds its state overwritten;</li>
 * <li><b>failures</b>: a callback the mechanism rejects (state tampered or replayed, code refused, wrong client
 *     secret) ends the half-made session and goes to {@code /errors/login-failed.xhtml}; an exception (provider
 *     down, discovery broken, settings missing) becomes a 503 page;</li>
 * <li>a redirect to the provider remembers where the user was going, for the sign-in callback to return to.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AuthenticationOutcomes implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AuthenticationOutcomes.class.getName());
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]*)");

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

    @Inject
    PendingLogins pendingLogins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        try {
            if (isCallback(request)) {
                return callback(request, response, context);
            }
            if (startsLogin(request, context)) {
                return startLogin(request, response, context);
            }
            return delegate.validateRequest(request, response, context);
        } catch (RuntimeException failure) {
            return unavailable(request, response, context, failure);
        } catch (IOException failure) {
            throw new AuthenticationException(failure);
        }
    }

    /** What the mechanism does for an anonymous request to a protected page: redirect to the provider. */
    private static boolean startsLogin(HttpServletRequest request, HttpMessageContext context) {
        return request.getUserPrincipal() == null && context.isProtected() && request.getParameter("state") == null;
    }

    private AuthenticationStatus startLogin(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) throws AuthenticationException, IOException {
        if (RequestKind.of(request) != RequestKind.PAGE && settings.complete()) {
            SessionEndAnswer.notSignedIn(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        Instant now = Instant.now();
        Optional<PendingLogins.Login> inProgress = pendingLogins.joinable(now);
        if (inProgress.isPresent()) {
            ReturnTo.remember(request);
            response.sendRedirect(inProgress.get().authorizationUrl());
            return AuthenticationStatus.SEND_CONTINUE;
        }
        CapturedRedirect captured = new CapturedRedirect(response);
        AuthenticationStatus status = delegate.validateRequest(request, captured, context);
        if (captured.location == null) {
            return status;
        }
        String state = stateOf(captured.location);
        String verifier = Pkce.newVerifier();
        String url = Pkce.withChallenge(captured.location, verifier);
        pendingLogins.add(new PendingLogins.Login(state, url, verifier, now, false));
        ReturnTo.remember(request);
        response.sendRedirect(url);
        return status;
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) throws AuthenticationException, IOException {
        String state = request.getParameter("state");
        Optional<PendingLogins.Login> login = pendingLogins.find(state);
        if (login.isPresent() && login.get().consumed() && request.getUserPrincipal() == null) {
            // The other tab of a joined login got here first and is signing the session in right now: this
            // tab goes on to its page, which will find the session signed in (or start a new login).
            LOG.fine("Second callback of a joined login");
            response.sendRedirect(request.getContextPath() + ReturnTo.take(request, "/app/profile.xhtml"));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        login.ifPresent(found -> pendingLogins.consume(state));
        String verifier = login.map(PendingLogins.Login::verifier).orElse(null);
        AuthenticationStatus status;
        try {
            status = CodeExchange.run(verifier, () -> delegate.validateRequest(request, response, context));
        } catch (RuntimeException failure) {
            if (login.isPresent()) {
                throw failure; // a login this session started: the provider is the problem
            }
            // A callback this session never asked for (stale, replayed, or its session is gone): Soteria 3
            // trips over its missing bookkeeping. It is a refused callback, not an outage.
            LOG.log(Level.FINE, "Unknown callback: {0}", failure.toString());
            status = AuthenticationStatus.SEND_FAILURE;
        }
        if (status == AuthenticationStatus.SEND_FAILURE) {
            LOG.info("Rejected sign-in callback: the session that started it ends");
            endSession(request);
            return context.redirect(request.getContextPath() + LOGIN_FAILED_PAGE + "?reason=rejected");
        }
        return status;
    }

    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, RuntimeException failure) {
        String reason = settings.complete() ? "provider" : "settings";
        // One line, no stack trace: the cause (e.g. "Connection refused") is what an operator needs.
        LOG.log(Level.WARNING, "Login unavailable ({0}): {1}", new Object[] {reason, describe(failure)});
        endSession(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        if (RequestKind.of(request) == RequestKind.JSON) {
            writeJson(response, reason);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        request.setAttribute(UNAVAILABLE_REASON, reason);
        return context.forward(UNAVAILABLE_PAGE);
    }

    private static void writeJson(HttpServletResponse response, String reason) {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(Jsonp.object()
                    .add("error", "login_unavailable")
                    .add("message", "settings".equals(reason) ? "Login is not configured."
                            : "The Filevine login cannot be reached. Please try again shortly.")
                    .build().toString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static boolean isCallback(HttpServletRequest request) {
        return CALLBACK_PATH.equals(request.getServletPath()) && request.getParameter("state") != null;
    }

    private static String stateOf(String authorizationUrl) {
        Matcher matcher = STATE.matcher(authorizationUrl);
        return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : "";
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

    /** Holds the mechanism's redirect to the provider back, so the decorator can add PKCE before sending it. */
    private static final class CapturedRedirect extends HttpServletResponseWrapper {
        private String location;

        CapturedRedirect(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String target) {
            location = target;
        }
    }
}
