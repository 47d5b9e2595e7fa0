package com.vinereports.auth;

import com.vinereports.Jsonp;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way the app says "log in again", used wherever a session turns out to be over: the filter that
 * refreshes tokens, the JSF exception handler, the JAX-RS mapper, and the decorator around the login
 * mechanism (a request arriving after the session expired).
 *
 * <ul>
 * <li>page: a redirect to the same page, which starts the login and comes back to it;</li>
 * <li>JSF AJAX: a {@code <partial-response><redirect>} to the page, which the Faces script follows;</li>
 * <li>JSON or script: 401 with {@code WWW-Authenticate} and a JSON body, never a redirect.</li>
 * </ul>
 */
public final class SessionEndAnswer {

    /** Shown once on the next page after the new login: why the user had to log in again. */
    public static final String NOTICE_COOKIE = "vine-notice";
    public static final String SESSION_ENDED = "session-ended";

    private SessionEndAnswer() {
    }

    /** Not "Bearer": the API is authenticated by the session cookie a login sets. */
    public static final String CHALLENGE = "Session realm=\"Vine Reports\", error=\"session_ended\"";

    /** The Filevine session ended: ends the app session too and answers. */
    public static void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        endAppSession(request);
        send(request, response, "session_ended", SessionEndedException.MESSAGE, true);
    }

    public static void endAppSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The JSON body of a 401: error code, a sentence for people, and where to log in. */
    public static String json(HttpServletRequest request, String error, String message) {
        return Jsonp.object()
                .add("error", error)
                .add("message", message)
                .add("login", request.getContextPath() + "/app/")
                .build().toString();
    }

    /** Not signed in (never was, or the session expired): the same answers, without the notice. */
    public static void notSignedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, "not_signed_in", "You are not signed in, or your session has ended. Please log in.",
                false);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String error, String message,
                             boolean notice) throws IOException {
        String page = pageUrl(request);
        if (response.isCommitted()) {
            return; // too late to change the answer; the next request gets it
        }
        response.resetBuffer();
        response.setHeader("Cache-Control", "no-store");
        RequestKind kind = RequestKind.of(request);
        switch (kind) {
            case JSON -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", CHALLENGE.replace("session_ended", error));
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(json(request, error, message));
            }
            case FACES_AJAX -> {
                remindAfterLogin(request, response, notice);
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + xmlAttribute(page) + "\"></redirect></partial-response>");
            }
            case PAGE -> {
                remindAfterLogin(request, response, notice);
                response.setStatus(HttpServletResponse.SC_SEE_OTHER); // GET the page, whatever the method was
                response.setHeader("Location", page);
                response.setContentLength(0);
            }
        }
        complete(response, kind == RequestKind.PAGE);
    }

    /**
     * Sends the answer and closes it: complete, not just flushed. A container that finds an unauthenticated request
     * answered with an error status would otherwise send its own error page after it (Undertow, on WildFly: an
     * ERROR "Response already committed" in the log for every such request).
     */
    static void complete(HttpServletResponse response, boolean noBody) throws IOException {
        if (noBody) {
            response.getOutputStream().close();
        } else {
            response.getWriter().close();
        }
    }

    private static void remindAfterLogin(HttpServletRequest request, HttpServletResponse response, boolean notice) {
        if (!notice) {
            return;
        }
        Cookie cookie = new Cookie(NOTICE_COOKIE, SESSION_ENDED);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(600);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }

    /** The page the user was on: a GET of the same path, normalised (a JSF postback posts to its own page). */
    private static String pageUrl(HttpServletRequest request) {
        return AppLocations.samePage(request);
    }

    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
