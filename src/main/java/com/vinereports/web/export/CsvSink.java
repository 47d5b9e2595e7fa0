package com.vinereports.web.export;

import com.vinereports.reports.Csv;
import com.vinereports.filevine.ProjectRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV ({@link Csv}), UTF-8 with a byte-order mark (so Excel reads the accents), flushed after every Filevine page. */
final class CsvSink implements ProjectExport.RowSink {

    private final PrintWriter out;

    CsvSink(HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        this.out = response.getWriter();
        out.write('\ufeff');
        out.write(Csv.header());
    }

    @Override
    public void write(List<ProjectRow> rows) {
        for (ProjectRow row : rows) {
            out.write(Csv.line(row));
        }
        out.flush();
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the browser stopped the download"));
        }
    }

    @Override
    public void finish() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    /** Ends a CSV that Filevine cut short, so nobody mistakes it for the whole list. */
    static void incomplete(HttpServletResponse response, String message) throws IOException {
        if (response.getContentType() != null && response.getContentType().startsWith("text/csv")) {
            PrintWriter out = response.getWriter();
            out.write(Csv.cell("EXPORT INCOMPLETE: " + message) + "\r\n");
            out.flush();
        }
    }
}
