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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 * <li>a redirect to the provider remembers where the user was going, for the sign-in callback to return to;</li>
 * <li><b>no session for strangers</b>: an anonymous request without a session is sent to {@value #SIGN_IN_PATH}
 *     with where it was going, and only there does a login (and its session) start: a client that does not follow
 *     redirects costs nothing, and a session before sign-in lives 5 minutes idle ({@code vine.sign-in-idle-seconds}), keeps at
 *     most 2 KB of path, and is one of at most {@code vine.sign-ins-in-progress-max} ({@link SignInsInProgress});</li>
 * <li><b>signed in</b>: a signed-in session's request is served without the mechanism: the caller is
 *     re-established from the session. The app keeps the tokens itself ({@link TokenHolder}) and lets go of the
 *     mechanism's OpenID context at sign-in ({@link MechanismContext}), which cannot be serialized
 *     (eclipse-ee4j/soteria#379) and would keep the session from another node of a cluster; the mechanism would
 *     fail on the missing context (it checks its tokens' expiry at every request, which is all it does for a
 *     signed-in session with {@code tokenAutoRefresh} off and no logout on expiry).</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AuthenticationOutcomes implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(AuthenticationOutcomes.class.getName());
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]*)");

    public static final String CALLBACK_PATH = "/signin-oidc";
    /** Where a login starts when the browser has no session yet (see {@code startLogin}). */
    public static final String SIGN_IN_PATH = "/app/sign-in";
    public static final String UNAVAILABLE_PAGE = "/errors/unavailable.xhtml";
    public static final String LOGIN_FAILED_PAGE = "/errors/login-failed.xhtml";
    /** Request attribute telling the login-failed page that the app refused the sign-in's answer. */
    public static final String LOGIN_REFUSED = "com.vinereports.loginRefused";
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

    @Inject
    SigningKeys signingKeys;

    @Inject
    TokenHolder holder;

    @Inject
    SignInsInProgress signIns;

    /** How long a session that has not signed in yet lives idle: the time a user has for the provider's login. */
    @Inject
    @ConfigProperty(name = "vine.sign-in-idle-seconds", defaultValue = "300")
    int signInIdleSeconds;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        try {
            if (isCallback(request)) {
                return callback(request, response, context);
            }
            if (startsLogin(request, context)) {
                return startLogin(request, response, context);
            }
            if (signedIn(request)) {
                return context.notifyContainerAboutLogin(request.getUserPrincipal(), Set.of());
            }
            return delegate.validateRequest(request, response, context);
        } catch (RuntimeException failure) {
            if (endedDuringRequest(request, failure)) {
                return sessionEnded(request, response);
            }
            return unavailable(request, response, context, failure);
        } catch (IOException failure) {
            throw new AuthenticationException(failure);
        }
    }

    /**
     * The session timed out while this request was on its way in: the container invalidated it under the request
     * (Payara Server's session reaper did, at the idle time-out), and reading it failed. That is an ended session,
     * not a provider that cannot be reached.
     */
    private static boolean endedDuringRequest(HttpServletRequest request, RuntimeException failure) {
        return failure instanceof IllegalStateException && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    private static AuthenticationStatus sessionEnded(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        LOG.fine("Session ended during the request: answered as not signed in");
        try {
            SessionEndAnswer.notSignedIn(request, response);
        } catch (IOException failure) {
            throw new AuthenticationException(failure);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Signed in, with the app's tokens: on this node since the sign-in, or taken over from another one. */
    private boolean signedIn(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getSession(false) != null && holder.isHolding();
    }

    /**
     * An anonymous request to a protected page starts a login (the mechanism's redirect to the provider), whatever
     * its parameters say: {@code ?state=&code=} on a page is not a callback, only {@value #CALLBACK_PATH} is.
     */
    private static boolean startsLogin(HttpServletRequest request, HttpMessageContext context) {
        return request.getUserPrincipal() == null && context.isProtected();
    }

    private AuthenticationStatus startLogin(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) throws AuthenticationException, IOException {
        if (RequestKind.of(request) != RequestKind.PAGE && settings.complete()) {
            SessionEndAnswer.notSignedIn(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        boolean atSignIn = SIGN_IN_PATH.equals(request.getServletPath());
        if (!atSignIn && request.getSession(false) == null) {
            // No session yet: nothing is kept for this request. The browser goes on to the sign-in start,
            // carrying where it was going; only a client that follows gets a session (a bounded, short one).
            String target = ReturnTo.target(request);
            AppLocations.redirect(request, response, settings.publicUrl(), SIGN_IN_PATH
                    + (target == null ? "" : "?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        Instant now = Instant.now();
        Optional<PendingLogins.Login> inProgress = pendingLogins.joinable(now);
        if (inProgress.isPresent()) {
            remember(request, atSignIn);
            response.sendRedirect(inProgress.get().authorizationUrl());
            return AuthenticationStatus.SEND_CONTINUE;
        }
        CapturedRedirect captured = new CapturedRedirect(response);
        // The mechanism takes any request with a state for its callback: it must see this one as a page.
        AuthenticationStatus status = delegate.validateRequest(HiddenParameters.withoutQueryString(request, CALLBACK_PARAMETERS), captured, context);
        if (captured.location == null) {
            return status;
        }
        String state = stateOf(captured.location);
        String verifier = Pkce.newVerifier();
        String url = Pkce.withChallenge(captured.location, verifier);
        pendingLogins.add(new PendingLogins.Login(state, url, verifier, now, false));
        remember(request, atSignIn);
        HttpSession session = request.getSession(false);
        if (session != null) {
            // Until the sign-in completes, the session is a stranger's: it lives minutes, not a working day.
            session.setMaxInactiveInterval(signInIdleSeconds);
            signIns.started(session);
        }
        response.sendRedirect(url);
        return status;
    }

    private static void remember(HttpServletRequest request, boolean atSignIn) {
        if (atSignIn) {
            ReturnTo.keepFromParameter(request, request.getParameter("to"));
        } else {
            ReturnTo.remember(request);
        }
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) throws AuthenticationException, IOException {
        if (signedIn(request)) {
            // Another tab's callback after the session signed in: nothing to exchange (and the mechanism's context,
            // which it would check, is gone); the page the user was going to will do.
            LOG.fine("Sign-in callback of a session already signed in");
            AppLocations.redirect(request, response, settings.publicUrl(), ReturnTo.take(request, "/app/profile.xhtml"));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String state = request.getParameter("state");
        Optional<PendingLogins.Login> login = pendingLogins.find(state);
        if (login.isPresent() && login.get().consumed() && request.getUserPrincipal() == null) {
            // The other tab of a joined login got here first and is signing the session in right now: this
            // tab goes on to its page, which will find the session signed in (or start a new login).
            LOG.fine("Second callback of a joined login");
            AppLocations.redirect(request, response, settings.publicUrl(), ReturnTo.take(request, "/app/profile.xhtml"));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (login.isEmpty()) {
            // A callback this session never asked for (forged, stale, replayed, or its session is gone): it never
            // reaches the provider's token endpoint. A signed-in user just goes on; a half-made session ends.
            LOG.info("Sign-in callback with a state this session did not start: refused");
            if (request.getUserPrincipal() != null) {
                AppLocations.redirect(request, response, settings.publicUrl(), "/app/profile.xhtml");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            // A session that ended while the user was at the provider: the sign-in took too long.
            boolean sessionGone = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            endSession(request);
            String reason = request.getParameter("error") != null ? "denied" : sessionGone ? "expired" : "rejected";
            return context.redirect(request.getContextPath() + LOGIN_FAILED_PAGE + "?reason=" + reason);
        }
        pendingLogins.consume(state);
        String verifier = login.get().verifier();
        IdTokenScreen.Expected expected = new IdTokenScreen.Expected(
                settings.authority().map(Object::toString).orElse(""), settings.clientId().orElse(""), signingKeys);
        AuthenticationStatus status = AuthenticationStatus.SEND_FAILURE;
        try {
            status = CodeExchange.run(verifier, expected, () -> delegate.validateRequest(request, response, context));
        } catch (RuntimeException failure) {
            if (LoginFailures.isOutage(failure)) {
                throw failure; // the provider could not be reached: the 503 page
            }
            // The mechanism throws when it finds the tokens invalid (signature, key, issuer, expiry, nonce...):
            // a refusal of this sign-in, not an outage.
            return refused(request, response, context, LoginFailures.reason(failure));
        } finally {
            signingKeys.settle(status == AuthenticationStatus.SUCCESS);
        }
        if (status == AuthenticationStatus.SEND_FAILURE) {
            if (request.getParameter("error") != null) {
                LOG.info("Sign-in not granted at the provider: the session that started it ends");
                endSession(request);
                return context.redirect(request.getContextPath() + LOGIN_FAILED_PAGE + "?reason=denied");
            }
            Optional<String> screened = CodeExchange.refusal();
            if (screened.isPresent()) {
                return refused(request, response, context, screened.get());
            }
            // The provider refused the code exchange: code used or expired, or this app's credentials.
            LOG.warning("Sign-in refused: the provider refused the code exchange");
            endSession(request);
            return context.redirect(request.getContextPath() + LOGIN_FAILED_PAGE + "?reason=rejected");
        }
        return status;
    }

    /**
     * A sign-in refused: one line names why (never a token), the half-made session ends, and the user gets the
     * "Sign-in refused" page with a 403, nothing signed in and nothing asked of Filevine.
     */
    private AuthenticationStatus refused(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context, String reason) {
        LOG.log(Level.WARNING, "Sign-in refused: {0}", reason);
        endSession(request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.setAttribute(LOGIN_REFUSED, Boolean.TRUE);
        return context.forward(LOGIN_FAILED_PAGE);
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
            SessionEndAnswer.complete(response, false);
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

    /** Callback parameters: a page request must reach the mechanism without them when it starts a login. */
    private static final Set<String> CALLBACK_PARAMETERS = Set.of("state", "code", "error", "error_description",
            "session_state", "iss");

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
