package com.vinereports.history;

import com.vinereports.reports.DashboardFigures.Count;
import java.util.ArrayList;
import java.util.List;

/** A chart's bars in one text column: a line per bar, "count TAB label" (labels are Filevine's names). */
final class Counts {

    private static final int MAX_CHARS = 20_000;

    private Counts() {
    }

    static String write(List<Count> counts) {
        StringBuilder text = new StringBuilder();
        for (Count count : counts) {
            String line = count.count() + "\t" + count.label().replace('\n', ' ').replace('\t', ' ') + "\n";
            if (text.length() + line.length() > MAX_CHARS) {
                break; // the largest bars come first: a very long tail is what is left out
            }
            text.append(line);
        }
        return text.toString();
    }

    static List<Count> read(String text) {
        List<Count> counts = new ArrayList<>();
        if (text == null) {
            return counts;
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                counts.add(new Count(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab))));
            }
        }
        return counts;
    }
}
