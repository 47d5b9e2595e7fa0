package com.vinereports.web.app;

import com.vinereports.reports.Dashboard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the dashboard's figures load right after the page (the session's first view: they need every matter
 * from Filevine) or come with the page (kept for 15 minutes: one request, no loading flash).
 */
@Named
@RequestScoped
public class DashboardDeferral {

    @Inject
    Dashboard dashboard;

    public boolean isNeeded() {
        return dashboard.cached().isEmpty();
    }
}
