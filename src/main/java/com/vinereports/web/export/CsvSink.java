package com.vinereports.web.export;

import com.vinereports.reports.ExportColumns;
import com.vinereports.reports.ProjectRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel reads the accents), flushed after every Filevine page.
 * A cell that starts like a formula gets a leading apostrophe: a client named "=HYPERLINK(...)" must stay text.
 */
final class CsvSink implements ProjectExport.RowSink {

    private final PrintWriter out;

    CsvSink(HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        this.out = response.getWriter();
        out.write('\ufeff');
        out.write(ExportColumns.PROJECTS.stream().map(c -> cell(c.header())).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void write(List<ProjectRow> rows) {
        for (ProjectRow row : rows) {
            out.write(ExportColumns.PROJECTS.stream().map(c -> cell(c.value().apply(row)))
                    .collect(Collectors.joining(",")) + "\r\n");
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
            out.write(cell("EXPORT INCOMPLETE: " + message) + "\r\n");
            out.flush();
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
