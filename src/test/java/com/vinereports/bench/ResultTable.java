package com.vinereports.bench;

import java.util.ArrayList;
import java.util.List;

/** The one table the benchmarks print: a row per measure, the median over the runs with min and max. */
final class ResultTable {

    record Row(String id, String measure, String setting, String result, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String id, String measure, String setting, String result, String target, String verdict) {
        rows.add(new Row(id, measure, setting, result, target, verdict));
        System.out.printf("  %-3s %s (%s): %s%s%n", id, measure, setting, result,
                target.isEmpty() ? "" : "  target " + target + ": " + verdict);
    }

    /** Without a target. */
    void add(String id, String measure, String setting, String result) {
        add(id, measure, setting, result, "", "");
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| id | measure | setting | median [min-max] | target | verdict |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(String.join(" | ", row.id(), row.measure(), row.setting(), row.result(),
                    row.target(), row.verdict())).append(" |\n");
        }
        return table.toString();
    }

    /** "met", or by how much it was missed, for a measure that must stay at or under a bound ("<="). */
    static String atMost(double value, double bound, String unit) {
        return value <= bound ? "met" : missedBy(value - bound, unit);
    }

    /** The same for a measure that must stay under a bound ("<"). */
    static String below(double value, double bound, String unit) {
        return value < bound ? "met" : missedBy(value - bound, unit);
    }

    private static String missedBy(double amount, String unit) {
        return String.format(java.util.Locale.ROOT, "missed by %.1f %s", amount, unit);
    }
}
