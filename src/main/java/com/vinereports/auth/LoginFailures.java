package com.vinereports.auth;

import jakarta.ws.rs.ProcessingException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Why a sign-in callback failed, as the user and the operator need to hear it: the provider could not be reached
 * (an outage: the 503 page) or the answer was not acceptable (a refusal: the "Sign-in refused" page).
 */
public final class LoginFailures {

    private LoginFailures() {
    }

    /**
     * After the mechanism signed the session in, the app still refuses it (the userinfo answer names another
     * user): the same answer as {@code AuthenticationOutcomes}' refusal, from a servlet.
     */
    public static void refuseAfterSignIn(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws ServletException, IOException {
        Logger.getLogger(LoginFailures.class.getName()).log(Level.WARNING, "Sign-in refused: {0}", reason(failure));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.setAttribute(AuthenticationOutcomes.LOGIN_REFUSED, Boolean.TRUE);
        request.getRequestDispatcher(AuthenticationOutcomes.LOGIN_FAILED_PAGE).forward(request, response);
    }

    /** No answer from the provider: a refused connection, a time-out, a broken discovery or key-set download. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost message, for one log line: the mechanism's validators name the claim or the key that failed
     * ("Invalid nonce claim", "Signed JWT rejected: Another algorithm expected"), never a token.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int value = message.indexOf(" : "); // "Invalid nonce claim : <the nonce>": the claim, not its value
        message = value < 0 ? message : message.substring(0, value);
        return "the tokens did not pass validation: " + (message.length() > 200 ? message.substring(0, 200) : message);
    }
}
