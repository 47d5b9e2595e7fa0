package com.vinereports.history;

import com.vinereports.reports.Csv;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The history reports as CSV (RFC 4180, cells made safe by {@link Csv#cell}); dates stay ISO. */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    /** The points (one line a day or week), then the months. */
    public static String trends(Trends trends) {
        StringBuilder csv = new StringBuilder(line("day", "open", "no activity 30+", "no activity 60+",
                "no activity 90+", "archived", "demo data"));
        trends.points().forEach(p -> csv.append(line(p.day(), p.open(), p.stale30(), p.stale60(), p.stale90(),
                p.archived(), p.demo())));
        csv.append("\r\n").append(line("month", "created", "archived"));
        trends.months().forEach(m -> csv.append(line(m.month(), m.created(), m.archived())));
        return csv.toString();
    }

    /** The phases (one line per project type and phase), then the stuck matters. */
    public static String timeInPhase(TimeInPhase report) {
        StringBuilder csv = new StringBuilder(line("project type", "phase", "stays measured", "open now",
                "median days", "90th percentile days"));
        report.phases().forEach(p -> csv.append(line(p.projectType(), p.phase(), p.stays(), p.current(),
                p.medianDays(), p.p90Days())));
        csv.append("\r\n").append(line("stuck: project id", "number", "name", "project type", "phase",
                "in phase since", "days in phase", "90th percentile days"));
        report.stuck().forEach(s -> csv.append(line(s.projectId(), s.number(), s.projectName(), s.projectType(),
                s.phase(), s.phaseDate(), s.days(), s.p90Days())));
        return csv.toString();
    }

    private static String line(Object... cells) {
        return Stream.of(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

}
