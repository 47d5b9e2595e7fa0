package com.vinereports.web.app;

import com.vinereports.filevine.CallCount;
import com.vinereports.reports.Progress;
import com.vinereports.reports.ProgressListener;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A view-scoped page whose report its deferred panel loads on first use ({@link DeferredReport}): the report, or
 * Filevine's refusal as a sentence, and what it cost.
 */
abstract class DeferredReportPage<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Progress progress;

    @Inject
    CallCount callCount;

    private final DeferredReport<T> report;

    DeferredReportPage(String name) {
        report = new DeferredReport<>(name);
    }

    /** Reads the report, telling {@code listener} how far it is. */
    abstract T fetch(ProgressListener listener);

    /** How many rows the finished report has (for its progress entry). */
    abstract int size(T result);

    T report() {
        return report.get(progress, callCount, this::fetch, this::size);
    }

    public String getProblem() {
        report();
        return report.problem();
    }

    public String getCost() {
        report();
        return report.spent();
    }
}
