package com.vinereports.bench;

import com.vinereports.sandbox.SeedData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * P4: every matter of the big org exported to CSV and to XLSX (50 ms per Filevine call): time to the last
 * byte, and how much the app's heap grows meanwhile (live heap, in a run of its own with forced collections).
 */
final class Exports {

    private static final double TARGET_GROWTH_MB = 64;

    private final Lab lab;

    Exports(Lab lab) {
        this.lab = lab;
    }

    void run() throws Exception {
        lab.api().latency(BenchScale.EXPORT_LATENCY);
        AppSession session = lab.signIn(1, BigReport.USERS).get(0);
        int projects = lab.scale().bigOrgProjects();
        int pages = lab.scale().bigOrgPages();
        for (String format : List.of("csv", "xlsx")) {
            Spread seconds = new Spread();
            Spread peak = new Spread();
            for (int run = 1; run <= lab.scale().runs(); run++) {
                lab.awaitBudget(SeedData.HARTLEY.orgId(), pages + 10);
                long started = System.nanoTime();
                JvmProbe.Measured<Integer> rows = lab.jvm().peakDuring(() -> download(session, format));
                seconds.add((System.nanoTime() - started) / 1e9);
                peak.add(rows.heap().growthMb());
                check(format, rows.result(), projects);
                Lab.say("P4 run %d, %s: %.2f s, %d data rows, peak heap +%.0f MB", run, format,
                        (System.nanoTime() - started) / 1e9, rows.result(), rows.heap().growthMb());
            }
            lab.awaitBudget(SeedData.HARTLEY.orgId(), pages + 10);
            JvmProbe.Measured<Integer> live = lab.jvm().liveGrowthDuring(() -> download(session, format));
            check(format, live.result(), projects);
            String setting = String.format(Locale.ROOT, "%,d rows, 50 ms/call", projects);
            lab.table().add("P4", format.toUpperCase(Locale.ROOT) + " export: seconds to the last byte", setting, seconds.format(2));
            lab.table().add("P4", format.toUpperCase(Locale.ROOT) + " export: peak heap in use over live before (MB, garbage included)",
                    setting, "+" + peak.format(0));
            lab.table().add("P4", format.toUpperCase(Locale.ROOT) + " export: live heap growth (MB, full GC every 250 ms, 1 run)", setting,
                    String.format(Locale.ROOT, "+%.1f", live.heap().growthMb()), "< 64 MB",
                    ResultTable.below(live.heap().growthMb(), TARGET_GROWTH_MB, "MB"));
        }
    }

    private static void check(String format, int rows, int projects) {
        if (rows != projects) {
            throw new IllegalStateException("The " + format + " export held " + rows + " data rows, not " + projects);
        }
    }

    /** Downloads the export and counts its data rows (lines of the CSV, rows of the sheet), header excluded. */
    private static int download(AppSession session, String format) throws Exception {
        HttpResponse<InputStream> response = session.stream("/app/export/projects." + format);
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                throw new IllegalStateException("Export answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(300), StandardCharsets.UTF_8));
            }
        }
        try (InputStream body = new BufferedInputStream(response.body(), 65536)) {
            return "csv".equals(format) ? count(body, "\n") - 1 : sheetRows(body) - 1;
        }
    }

    /** Rows of the first sheet, read through the archive's central directory as spreadsheet programs do. */
    private static int sheetRows(InputStream body) throws IOException {
        Path file = Files.createTempFile("bench-export", ".xlsx");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                if (sheet == null) {
                    throw new IllegalStateException("The XLSX export has no first sheet");
                }
                try (InputStream xml = new BufferedInputStream(zip.getInputStream(sheet), 65536)) {
                    return count(xml, "<row ");
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Occurrences of an ASCII pattern in a stream, read once. */
    private static int count(InputStream in, String pattern) throws IOException {
        byte[] wanted = pattern.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        int found = 0;
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == wanted[matched]) {
                matched++;
                if (matched == wanted.length) {
                    found++;
                    matched = 0;
                }
            } else {
                matched = b == wanted[0] ? 1 : 0;
            }
        }
        return found;
    }
}
