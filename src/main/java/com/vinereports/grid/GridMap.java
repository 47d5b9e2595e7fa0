package com.vinereports.grid;

import java.time.Duration;

/** The maps the app keeps on the grid, each with how long an entry lives after it was last written. */
public enum GridMap {

    /** Report results per session, user and org (dashboard figures, membership, trends...): see ReportCache. */
    REPORTS("vine-reports", Duration.ofMinutes(15)),
    /** The latest tokens of each signed-in session, written at every refresh: see TokenRenewal. */
    SESSION_TOKENS("vine-session-tokens", Duration.ofHours(24)),
    /** Each org's Filevine calls of the last minute: see CallBudget. */
    CALL_BUDGET("vine-call-budget", Duration.ofMinutes(2));

    /** The longest a lock is held before the grid frees it: longer than any token refresh or budget decision. */
    public static final Duration LOCK_LEASE = Duration.ofSeconds(60);

    private final String mapName;
    private final Duration timeToLive;

    GridMap(String mapName, Duration timeToLive) {
        this.mapName = mapName;
        this.timeToLive = timeToLive;
    }

    public String mapName() {
        return mapName;
    }

    public Duration timeToLive() {
        return timeToLive;
    }
}
