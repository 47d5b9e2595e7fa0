package com.vinereports.filevine;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Filevine answered with an error status: the status and its {@code Retry-After}, read from the answer itself.
 * The REST client's own exception is not relied on for them: RESTEasy (WildFly) hands the caller a copy of the
 * answer without its headers ("sanitised" WebApplicationException), so a 429's Retry-After would be lost there.
 */
final class FilevineRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String retryAfter;

    FilevineRefusal(int status, String retryAfter) {
        super("Filevine answered HTTP " + status, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** The Retry-After header as sent (seconds or an HTTP date), or null. */
    String retryAfter() {
        return retryAfter;
    }

    /** Registered on {@link FilevineApi}: every 4xx and 5xx answer becomes a {@link FilevineRefusal}. */
    public static final class Mapper implements ResponseExceptionMapper<FilevineRefusal> {

        @Override
        public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public FilevineRefusal toThrowable(Response response) {
            return new FilevineRefusal(response.getStatus(), response.getHeaderString("Retry-After"));
        }
    }
}
