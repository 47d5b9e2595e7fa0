package com.vinereports.reports;

import com.vinereports.filevine.ProjectRow;
import java.util.stream.Collectors;

/**
 * RFC 4180 lines for the projects export, shared by the page's download and the JSON API's CSV. A cell that
 * starts like a formula gets a leading apostrophe: a client named "=HYPERLINK(...)" must stay text in Excel.
 */
public final class Csv {

    private Csv() {
    }

    public static String header() {
        return ExportColumns.PROJECTS.stream().map(c -> cell(c.header())).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String line(ProjectRow row) {
        return ExportColumns.PROJECTS.stream().map(c -> cell(c.value().apply(row))).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(Object value) {
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
