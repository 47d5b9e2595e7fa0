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

    /**
     * Ends the entry if the report did not (the session ended under it, or anything else went wrong), so that
     * the page's script stops asking: an entry ends with its work, whatever ends the work.
     */
    static void endIfRunning(Progress progress, String report) {
        String session = Faces.getSession().getId();
        progress.of(session, report).filter(state -> !state.finished()).ifPresent(state ->
                progress.update(session, report, new Progress.State(state.rows(), state.total(), true, "The report stopped.")));
    }
}
