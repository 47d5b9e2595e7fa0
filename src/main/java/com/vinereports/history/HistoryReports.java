package com.vinereports.history;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.filevine.ReportCache;
import com.vinereports.reports.Dashboard;
import com.vinereports.reports.DashboardFigures;
import com.vinereports.reports.ProgressListener;
import com.vinereports.reports.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trends and time in phase for the signed-in user: their org's history, and of matter-level history only what
 * concerns the matters in their own current list (which the report reads from Filevine, as the dashboard does, and
 * which the recorder keeps in turn). Kept for 15 minutes like the dashboard (ReportCache); "refresh" asks again.
 */
@ApplicationScoped
public class HistoryReports {

    static final String TRENDS = "trends";
    static final String TIME_IN_PHASE = "time-in-phase";

    @Inject
    Projects projects;

    @Inject
    Dashboard dashboard;

    @Inject
    History history;

    @Inject
    HistoryRecorder recorder;

    @Inject
    ReportCache cache;

    @Inject
    FilevineIdentity identity;

    /** Kept by day (ReportCache); the weekly view is derived from it (switching costs no Filevine call). */
    public Trends trends(boolean weekly, ProgressListener listener) {
        Trends daily = cache.get(user(), org(), TRENDS, () -> {
            List<ProjectRow> matters = projects.all(ProjectQuery.FOR_REPORTS, listener);
            DashboardFigures now = DashboardFigures.of(matters, dashboard.today());
            recorder.sawFigures(org(), user(), now);
            Optional<Kept> kept = read(matters, true);
            return Trends.of(withToday(kept.map(Kept::days).orElse(List.of()), now), matters,
                    kept.map(Kept::transitions).orElse(Map.of()), dashboard.today(), kept.isPresent());
        });
        return weekly ? daily.byWeek() : daily;
    }

    /** The kept days with today's as just computed (its recording may not have been written yet). */
    private static List<DaySnapshot> withToday(List<DaySnapshot> kept, DashboardFigures now) {
        List<DaySnapshot> days = new ArrayList<>(kept);
        days.removeIf(day -> day.day().equals(now.today()));
        days.add(new DaySnapshot(now.today(), now.open(), now.newThisMonth(), now.noActivity30(), now.noActivity60(),
                now.noActivity90(), now.archived(), now.byPhase(), now.byType(), false));
        return days;
    }

    public TimeInPhase timeInPhase(ProgressListener listener) {
        return cache.get(user(), org(), TIME_IN_PHASE, () -> {
            List<ProjectRow> matters = projects.all(ProjectQuery.FOR_REPORTS, listener);
            Optional<Kept> kept = read(matters, false);
            return TimeInPhase.of(matters, kept.map(Kept::transitions).orElse(Map.of()), dashboard.today(),
                    kept.isPresent(), kept.flatMap(Kept::since).orElse(null));
        });
    }

    public void refresh() {
        cache.forget(user(), org(), TRENDS);
        cache.forget(user(), org(), TIME_IN_PHASE);
    }

    private record Kept(List<DaySnapshot> days, Map<Integer, List<Transition>> transitions, Optional<LocalDate> since) {
    }

    /** What is kept of this user's view and of these matters; empty when the database cannot say. */
    private Optional<Kept> read(List<ProjectRow> matters, boolean withDays) {
        Optional<HistoryStore> store = history.storeIfOpen();
        if (store.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Integer> ids = matters.stream().map(ProjectRow::id).toList();
            return Optional.of(new Kept(withDays ? store.get().figures(org(), user()) : List.of(),
                    store.get().transitions(org(), ids), store.get().firstDay(org())));
        } catch (RuntimeException failure) {
            history.failed("Reading the history", failure);
            return Optional.empty();
        }
    }

    private int org() {
        return identity.chosenOrg().orElseThrow(() -> new IllegalStateException("no org chosen")).id();
    }

    private int user() {
        return identity.getUser().userId();
    }
}
