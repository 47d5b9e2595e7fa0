package com.vinereports.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One measure over several runs: the median, with the smallest and largest run beside it. */
final class Spread {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** "12.3 [11.0-14.2]", or just the value for a single run; {@code decimals} digits after the point. */
    String format(int decimals) {
        String pattern = "%." + decimals + "f";
        String median = String.format(Locale.ROOT, pattern, median());
        if (values.size() < 2) {
            return median;
        }
        return median + " [" + String.format(Locale.ROOT, pattern, min()) + "-" + String.format(Locale.ROOT, pattern, max()) + "]";
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
