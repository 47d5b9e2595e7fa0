package com.vinereports.filevine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one Filevine call is made with: the Bearer token and the tenant headers. The gateway decides them in
 * the request's thread (where the session's beans live) and binds them to the thread that makes the call,
 * where {@link FilevineHeaders} reads them; so a retry uses the renewed token, and calls made from worker
 * threads carry the right session's credentials.
 *
 * @param bearer  the access token
 * @param orgId   {@code x-fv-orgid}, null before an org is chosen
 * @param userId  {@code x-fv-userid} (the universal user id), null before an org is chosen
 * @param lane    whether the call serves a page or a long report ({@link CallBudget} serves pages first)
 * @param made    the request's count of calls made ({@link CallCount}), or null
 */
public record CallCredentials(String bearer, Integer orgId, Integer userId, CallLane lane, AtomicInteger made) {

    private static final ThreadLocal<CallCredentials> CURRENT = new ThreadLocal<>();

    static CallCredentials current() {
        CallCredentials credentials = CURRENT.get();
        if (credentials == null) {
            throw new IllegalStateException("A Filevine call outside the gateway");
        }
        return credentials;
    }

    /** One more call made for the request. */
    void counted() {
        if (made != null) {
            made.incrementAndGet();
        }
    }

    <T> T run(Supplier<T> call) {
        CallCredentials outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    CallCredentials withBearer(String renewed) {
        return new CallCredentials(renewed, orgId, userId, lane, made);
    }

    @Override
    public String toString() {
        return "CallCredentials[org=" + orgId + ", user=" + userId + ", " + lane + "]";
    }
}
