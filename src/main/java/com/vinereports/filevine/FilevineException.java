package com.vinereports.filevine;

/**
 * A Filevine call that did not give an answer, classified so that pages and JSON can say what happened.
 * The message is written for the user; Filevine's raw body is never part of it.
 */
public class FilevineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        NOT_SIGNED_IN("Filevine did not accept your sign-in any more. Please log in again."),
        FORBIDDEN("You don't have access to this in Filevine."),
        NOT_FOUND("Filevine could not find what was asked for."),
        BUSY("Filevine is busy right now. Please try again in a minute."),
        UNAVAILABLE("Filevine can't be reached right now. Please try again shortly."),
        REJECTED("Filevine rejected the request."),
        UNREADABLE("Filevine answered in a form this version cannot read."),
        NOT_CONFIGURED("The connection to Filevine is not configured."),
        LIMITED("You already have two reports or exports running. Please wait until one has finished.");

        private final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    private final Kind kind;
    private final int status;

    public FilevineException(Kind kind, int status, Throwable cause) {
        this(kind, kind.message, status, cause);
    }

    /** For subclasses: a kind with its own message. */
    protected FilevineException(Kind kind, int status) {
        this(kind, kind.message, status, null);
    }

    /** With a message more specific than the kind's, e.g. "You don't have access to this project." */
    public FilevineException(Kind kind, String message, int status, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    /**
     * Filevine did not answer usably after the retries (5xx, time-outs, refused connections). The only failure
     * the circuit breaker counts: a 403 or 404 says nothing about Filevine's health.
     */
    public static class Outage extends FilevineException {
        private static final long serialVersionUID = 1L;

        public Outage(int status, Throwable cause) {
            super(Kind.UNAVAILABLE, status, cause);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Filevine's HTTP status, or 0 when there was no answer at all. */
    public int status() {
        return status;
    }

    /**
     * The failure concerns what was asked (no access to it, not found, rejected, unreadable), not Filevine's
     * health or the session: a report over many matters can list this one as not read and go on with the rest.
     */
    public boolean specificToRequest() {
        return switch (kind) {
            case FORBIDDEN, NOT_FOUND, REJECTED, UNREADABLE -> true;
            case NOT_SIGNED_IN, BUSY, UNAVAILABLE, NOT_CONFIGURED, LIMITED -> false;
        };
    }

    /** The status the app answers with: whose fault it was, as far as the user is concerned. */
    public int httpStatus() {
        return switch (kind) {
            case NOT_SIGNED_IN -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case BUSY, UNAVAILABLE, NOT_CONFIGURED -> 503;
            case REJECTED, UNREADABLE -> 502;
            case LIMITED -> 429;
        };
    }

    static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.NOT_SIGNED_IN;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 429 -> Kind.BUSY;
            case 502, 503, 504 -> Kind.UNAVAILABLE;
            default -> Kind.REJECTED;
        };
    }
}
