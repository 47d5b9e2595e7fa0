package com.vinereports.history;

import com.vinereports.reports.DashboardFigures.Count;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One day's dashboard figures as kept (see {@link DailyFigures}). */
public record DaySnapshot(LocalDate day, int open, int newThisMonth, int stale30, int stale60, int stale90,
                          int archived, List<Count> byPhase, List<Count> byType, boolean demo) implements Serializable {
}
