package dev.shellbook.session;

import java.util.Locale;

/**
 * One number format for all cells of a matrix excerpt, chosen from the values shown: whole numbers as
 * integers (pixels 0..255, one-hot labels), moderate values with 4 decimals, tiny or huge ones in
 * scientific notation.
 */
enum NumberStyle {
    INTEGER, FIXED, SCIENTIFIC;

    /** The style that shows all {@code values} readably. */
    static NumberStyle of(double[] values) {
        boolean whole = true;
        double max = 0;
        double minNonZero = Double.MAX_VALUE;
        for (double v : values) {
            double a = Math.abs(v);
            whole &= v == Math.rint(v) && a < 1e9;
            max = Double.isFinite(a) ? Math.max(max, a) : max;
            minNonZero = a > 0 && Double.isFinite(a) ? Math.min(minNonZero, a) : minNonZero;
        }
        if (whole) {
            return INTEGER;
        }
        return max < 1e5 && (minNonZero >= 1e-3 || minNonZero == Double.MAX_VALUE) ? FIXED : SCIENTIFIC;
    }

    /** {@code v} in this style; NaN and infinities as Java prints them. */
    String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return switch (this) {
            case INTEGER -> Long.toString((long) v);
            case FIXED -> String.format(Locale.ROOT, "%.4f", v);
            case SCIENTIFIC -> String.format(Locale.ROOT, "%.3e", v);
        };
    }
}
