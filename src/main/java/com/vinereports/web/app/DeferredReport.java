package com.vinereports.web.app;

import com.vinereports.filevine.CallCount;
import com.vinereports.filevine.FilevineException;
import com.vinereports.reports.Progress;
import com.vinereports.reports.ProgressListener;
import com.vinereports.reports.ReportCost;
import java.io.Serializable;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A report that a page's deferred panel fetches on first use (with its progress published under {@code name}): the
 * result, or Filevine's refusal as a sentence, and what it cost in Filevine calls. Kept in a view-scoped bean.
 */
final class DeferredReport<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private T result;
    private String problem;
    private String spent;

    DeferredReport(String name) {
        this.name = name;
    }

    /** Runs {@code fetch} unless it ran in this view; {@code size} says how many rows the finished report has. */
    T get(Progress progress, CallCount calls, Function<ProgressListener, T> fetch, ToIntFunction<T> size) {
        if (result != null || problem != null) {
            return result;
        }
        int before = calls.made();
        try {
            result = fetch.apply(ReportProgress.of(progress, name));
            spent = ReportCost.after(calls.made() - before);
            ReportProgress.finished(progress, name, size.applyAsInt(result), null);
        } catch (FilevineException failure) {
            problem = failure.getMessage();
            ReportProgress.finished(progress, name, 0, problem);
        } finally {
            ReportProgress.endIfRunning(progress, name);
        }
        return result;
    }

    String problem() {
        return problem;
    }

    String spent() {
        return spent;
    }
}
