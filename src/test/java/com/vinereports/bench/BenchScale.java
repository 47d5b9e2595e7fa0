package com.vinereports.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big the benchmarks run: {@code full} (the sizes issue 6 names, for BENCHMARKS.md) or {@code tiny} (CI
 * runs it once so that the command cannot rot; its numbers mean nothing). Chosen with {@code -Dbench.scale}.
 */
record BenchScale(String name, int runs, Duration warmUp, Duration loadRun, List<Integer> sessionLevels,
                  int bigOrgProjects, int otherOrgProjects, int stormSessions, int stormRequestsPerSession,
                  int tokenSeconds, int startUps) {

    static final Duration PAGE_LATENCY = Duration.ofMillis(50);
    static final Duration REPORT_LATENCY = Duration.ofMillis(100);
    static final Duration EXPORT_LATENCY = Duration.ofMillis(50);
    static final Duration STORM_LATENCY = Duration.ofMillis(50);
    /** The app's default Filevine budget per org (filevine.calls-per-minute). */
    static final int BUDGET_PER_MINUTE = 600;
    /** The app refreshes a token with less than this left (the token tests use the same). */
    static final int REFRESH_MARGIN_SECONDS = 5;

    static BenchScale of(String name) {
        return switch (name) {
            case "full" -> new BenchScale("full", 3, Duration.ofSeconds(10), Duration.ofSeconds(10), List.of(1, 16, 64),
                    50_000, 1_000, 20, 10, 25, 5);
            case "tiny" -> new BenchScale("tiny", 1, Duration.ofSeconds(2), Duration.ofSeconds(2), List.of(1, 4),
                    2_000, 200, 4, 5, 20, 1);
            default -> throw new IllegalArgumentException("bench.scale must be full or tiny, not " + name);
        };
    }

    /** Filevine pages of the big org's whole list: the app asks for 1,000 matters a page. */
    int bigOrgPages() {
        return (bigOrgProjects + 999) / 1000;
    }

    int mostSessions() {
        return sessionLevels.stream().mapToInt(Integer::intValue).max().orElse(1);
    }
}
