package com.vinereports.web.export;

import com.vinereports.reports.ExportColumns;
import com.vinereports.filevine.ProjectRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook: POI keeps a window of 100 rows in memory and writes the rest to a temporary file, which
 * it deletes when done; the file goes to the browser when the last page has arrived (XLSX is a zip and
 * cannot be sent row by row). Dates are real dates, numbers real numbers.
 */
final class XlsxSink implements ProjectExport.RowSink {

    private static final int WINDOW = 100;

    private final HttpServletResponse response;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet = workbook.createSheet("Projects");
    private final CellStyle dateStyle = workbook.createCellStyle();
    private final CellStyle timeStyle = workbook.createCellStyle();
    private int next;

    XlsxSink(HttpServletResponse response) {
        this.response = response;
        workbook.setCompressTempFiles(true);
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Row header = sheet.createRow(next++);
        for (int i = 0; i < ExportColumns.PROJECTS.size(); i++) {
            header.createCell(i).setCellValue(ExportColumns.PROJECTS.get(i).header());
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(List<ProjectRow> rows) {
        for (ProjectRow project : rows) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < ExportColumns.PROJECTS.size(); i++) {
                Object value = ExportColumns.PROJECTS.get(i).value().apply(project);
                var cell = row.createCell(i);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Instant instant) {
                    cell.setCellValue(instant.atZone(ZoneOffset.UTC).toLocalDateTime());
                    cell.setCellStyle(timeStyle);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString()); // text cells: never evaluated as formulas
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(response.getOutputStream());
        response.flushBuffer();
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files
    }
}
