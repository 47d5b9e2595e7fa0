package com.vinereports.filevine;

import java.util.concurrent.Callable;

/**
 * Whom a Filevine call serves: a page that a user waits on to show itself, or a long report or export (bulk).
 * {@link CallBudget} serves pages first and holds bulk work to a share of the org's budget. Calls are interactive
 * unless made inside {@link #bulk}: the org-wide reports and exports run there (see the reports' {@code @OrgWide}).
 */
public enum CallLane {
    INTERACTIVE, BULK;

    private static final ThreadLocal<CallLane> CURRENT = new ThreadLocal<>();

    /** The lane of calls made now on this thread (the gateway binds it to the calls it hands to workers). */
    static CallLane current() {
        CallLane lane = CURRENT.get();
        return lane == null ? INTERACTIVE : lane;
    }

    /** Runs {@code work} with every Filevine call it makes in the bulk lane. */
    public static <T> T bulk(Callable<T> work) throws Exception {
        CallLane outer = CURRENT.get();
        CURRENT.set(BULK);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
