package com.vinereports.reports;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.filevine.ReportCache;
import com.vinereports.history.HistoryRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The chosen org's dashboard. It needs every matter (one page per thousand), so the figures are kept for the
 * session (and dropped on an org switch); "refresh" asks Filevine again.
 */
@ApplicationScoped
public class Dashboard {

    static final String CACHE_KEY = "dashboard";

    @Inject
    Projects projects;

    @Inject
    ReportCache cache;

    @Inject
    FilevineIdentity identity;

    @Inject
    HistoryRecorder history;

    Clock clock = Clock.systemDefaultZone();

    public DashboardFigures figures() {
        return figures(ProgressListener.NONE);
    }

    /** The figures; while they are fetched (not when cached), {@code listener} hears how many matters arrived. */
    public DashboardFigures figures(ProgressListener listener) {
        int org = identity.chosenOrg().orElseThrow(() -> new IllegalStateException("no org chosen")).id();
        int user = identity.getUser().userId();
        return cache.get(user, org, CACHE_KEY, () -> {
            DashboardFigures figures = DashboardFigures.of(new ArrayList<>(projects.all(ProjectQuery.FOR_REPORTS, listener)), today());
            history.sawFigures(org, user, figures);
            return figures;
        });
    }

    /** The figures if this session already has them (nothing is fetched): the page can show them at once. */
    public Optional<DashboardFigures> cached() {
        return identity.chosenOrg().flatMap(org -> cache.peek(identity.getUser().userId(), org.id(), CACHE_KEY));
    }

    public void refresh() {
        identity.chosenOrg().ifPresent(org -> cache.forget(identity.getUser().userId(), org.id(), CACHE_KEY));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
