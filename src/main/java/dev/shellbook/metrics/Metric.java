package dev.shellbook.metrics;

import java.util.Locale;

/**
 * One named number from a classifier evaluation, such as precision 0.1000, or an undefined one with the reason.
 *
 * <p>A ratio whose denominator is zero has no value: it is stored as {@code NaN} with a {@code note} that says
 * which 0/0 happened, and {@link #toString()} prints {@code undefined (no positive predictions: 0/0)} instead
 * of a bare {@code NaN}.
 *
 * @param name  what is measured, e.g. {@code precision}
 * @param value the value, or {@code NaN} when undefined
 * @param note  why the value is undefined, or {@code ""} when it is defined
 */
public record Metric(String name, double value, String note) {

    /** Checks that a defined value has no note and an undefined one explains itself. */
    public Metric {
        if (name == null || note == null) {
            throw new IllegalArgumentException("metric: expected a name and a note (\"\" if none), found null");
        }
        if (Double.isNaN(value) && note.isBlank()) {
            throw new IllegalArgumentException("metric " + name + ": an undefined (NaN) value needs a note saying why");
        }
    }

    /** A defined metric. */
    public static Metric of(String name, double value) {
        return new Metric(name, value, "");
    }

    /** An undefined metric and the reason, e.g. {@code "no positive predictions: 0/0"}. */
    public static Metric undefined(String name, String why) {
        return new Metric(name, Double.NaN, why);
    }

    /** {@code numerator / denominator}, or undefined with {@code whyZero + ": 0/0"} when the denominator is 0. */
    public static Metric ratio(String name, double numerator, double denominator, String whyZero) {
        if (denominator == 0) {
            return undefined(name, whyZero + ": " + fmt(numerator) + "/0");
        }
        return of(name, numerator / denominator);
    }

    /** {@code true} when the metric has a value. */
    public boolean defined() {
        return !Double.isNaN(value);
    }

    /** The value, or {@code fallback} when undefined (for charts and sums that need a number). */
    public double orElse(double fallback) {
        return defined() ? value : fallback;
    }

    /** {@code 0.1000}, or {@code undefined (no positive predictions: 0/0)}. */
    @Override
    public String toString() {
        return defined() ? String.format(Locale.ROOT, "%.4f", value) : "undefined (" + note + ")";
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.4f", x);
    }
}
