package com.vinereports.web.app;

import com.vinereports.filevine.CallCount;
import com.vinereports.history.HistoryReports;
import com.vinereports.history.TimeInPhase;
import com.vinereports.reports.Progress;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Time in phase: per project type and phase the median and 90th percentile stay, and the matters stuck. */
@Named
@ViewScoped
public class TimeInPhaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HistoryReports reports;

    @Inject
    Progress progress;

    @Inject
    CallCount callCount;

    private final DeferredReport<TimeInPhase> report = new DeferredReport<>("time-in-phase");

    public TimeInPhase getReport() {
        return report.get(progress, callCount, reports::timeInPhase, r -> r.phases().size());
    }

    public String getProblem() {
        getReport();
        return report.problem();
    }

    public String getCost() {
        getReport();
        return report.spent();
    }

    public String refresh() {
        reports.refresh();
        return "/app/time-in-phase?faces-redirect=true";
    }
}
