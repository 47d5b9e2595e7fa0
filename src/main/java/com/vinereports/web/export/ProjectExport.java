package com.vinereports.web.export;

import com.vinereports.auth.SessionEndedException;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.ProjectQuery;
import com.vinereports.reports.Progress;
import com.vinereports.reports.ProjectFilters;
import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.Projects;
import com.vinereports.reports.TooManyReports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The whole filtered projects list as CSV or XLSX, not just the visible page. Rows are written as Filevine's
 * pages arrive (CSV goes out at once; XLSX through POI's streaming workbook, a hundred rows in memory), so
 * memory does not grow with the row count. With {@code progress=<id>} the page that started it can watch
 * {@code /api/v1/progress/<id>}. A Filevine failure before the first byte is a clear error page; a failure
 * halfway through a CSV ends it with a line saying it is incomplete.
 */
@WebServlet(urlPatterns = {"/app/export/projects.csv", "/app/export/projects.xlsx"})
public class ProjectExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProjectExport.class.getName());
    private static final String CANCELLED = "The export was cancelled.";
    private static final Pattern PROGRESS_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    @Inject
    Projects projects;

    @Inject
    Progress progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        ProjectQuery query;
        try {
            query = ProjectFilters.read(request::getParameter);
        } catch (ProjectFilters.Invalid invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
            return;
        }
        String id = request.getParameter("progress");
        String progressId = id != null && PROGRESS_ID.matcher(id).matches() ? id : null;
        String session = request.getSession().getId();
        Tracker tracker = new Tracker(progress, session, progressId);
        tracker.update(0, 0, false, null);
        String file = "projects-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        boolean settled = false;
        try (RowSink sink = xlsx ? new XlsxSink(response) : new CsvSink(response)) {
            projects.eachPage(query, tracker::total, rows -> {
                sink.write(rows);
                tracker.rowsWritten(rows.size());
            });
            sink.finish();
            tracker.update(tracker.rows, tracker.rows, true, null);
            settled = true;
        } catch (FilevineException | SessionEndedException failure) {
            settled = true;
            String message = failure instanceof FilevineException f ? f.getMessage() : ((SessionEndedException) failure).userMessage();
            LOG.log(Level.WARNING, "Export stopped after {0} rows: {1}", new Object[] {tracker.rows, message});
            tracker.update(tracker.rows, 0, true, message);
            if (!response.isCommitted()) {
                response.reset();
                if (failure instanceof SessionEndedException ended) {
                    throw ended; // the session guard answers it
                }
                request.setAttribute("com.vinereports.errorMessage", message);
                if (failure instanceof TooManyReports) {
                    response.setHeader("Retry-After", Integer.toString(TooManyReports.RETRY_AFTER_SECONDS));
                }
                response.sendError(failure instanceof FilevineException f ? f.httpStatus() : 401);
            } else {
                CsvSink.incomplete(response, message);
            }
        } catch (IOException | UncheckedIOException gone) {
            if (!response.isCommitted()) {
                throw gone instanceof IOException io ? io : ((UncheckedIOException) gone).getCause();
            }
            // The browser went away part-way (the user cancelled the download): nothing to answer, nobody to tell.
            settled = true;
            LOG.log(Level.INFO, "Export cancelled by the browser after {0} rows", tracker.rows);
            tracker.update(tracker.rows, 0, true, CANCELLED);
        } finally {
            if (!settled) {
                // Cancelled in the browser (the connection closed under a write), or anything else: the entry
                // ends with the work, so that the page's script stops asking.
                tracker.update(tracker.rows, 0, true, CANCELLED);
            }
        }
    }

    /** Where rows go: a CSV stream or a streaming workbook. */
    interface RowSink extends AutoCloseable {
        void write(List<ProjectRow> rows);

        void finish() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Progress as the page sees it: rows so far, of the total once the first page said. */
    private static final class Tracker {
        private final Progress progress;
        private final String session;
        private final String id;
        private int rows;
        private int total;

        Tracker(Progress progress, String session, String id) {
            this.progress = progress;
            this.session = session;
            this.id = id;
        }

        void total(int matching) {
            total = Math.max(0, matching);
            update(0, total, false, null);
        }

        void rowsWritten(int count) {
            rows += count;
            update(rows, total, false, null);
        }

        void update(int done, int total, boolean finished, String problem) {
            progress.update(session, id, new Progress.State(done, total, finished, problem));
        }
    }
}
