package com.vinereports.auth;

/**
 * The Filevine session is over and only a new login helps: the provider refused the refresh token, could not
 * be reached once the access token had run out, or Filevine rejected a just-renewed token. Whoever catches it
 * ends the app session and answers in the caller's terms ({@link SessionEndAnswer}).
 */
public class SessionEndedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "Your Filevine session has ended. Please log in again.";

    public SessionEndedException(String reason) {
        super(reason);
    }

    /** True when the failure, or any of its causes, is a session end (containers wrap what they catch). */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SessionEndedException) {
                return true;
            }
        }
        return false;
    }

    /** What the user is told; the reason (for the log) stays in {@link #getMessage()}. */
    public String userMessage() {
        return MESSAGE;
    }
}
