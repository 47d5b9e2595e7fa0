package com.vinereports.web.app;

import com.vinereports.reports.Progress;
import com.vinereports.reports.ProgressListener;
import org.omnifaces.util.Faces;

/**
 * A report page's progress, published under the report's name for this session; the page's loading panel
 * polls {@code /api/v1/progress/<name>} (report-progress.js) while the report is fetched.
 */
final class ReportProgress {

    private ReportProgress() {
    }

    static ProgressListener of(Progress progress, String report) {
        String session = Faces.getSession().getId();
        progress.update(session, report, new Progress.State(0, 0, false, null));
        return (done, total) -> progress.update(session, report, new Progress.State(done, total, false, null));
    }

    static void finished(Progress progress, String report, int done, String problem) {
        progress.update(Faces.getSession().getId(), report, new Progress.State(done, done, true, problem));
    }
}
