package com.vinereports.web.app;

import com.vinereports.history.HistoryReports;
import com.vinereports.history.TimeInPhase;
import com.vinereports.reports.ProgressListener;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Time in phase: per project type and phase the median and 90th percentile stay, and the matters stuck. */
@Named
@ViewScoped
public class TimeInPhaseBacking extends DeferredReportPage<TimeInPhase> {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryReports reports;

    public TimeInPhaseBacking() {
        super("time-in-phase");
    }

    @Override
    TimeInPhase fetch(ProgressListener listener) {
        return reports.timeInPhase(listener);
    }

    @Override
    int size(TimeInPhase report) {
        return report.phases().size();
    }

    public TimeInPhase getReport() {
        return report();
    }

    public String refresh() {
        reports.refresh();
        return "/app/time-in-phase?faces-redirect=true";
    }
}
