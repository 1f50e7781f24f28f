package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckFailed.Kind;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks for exercises, called from a lesson's {@code //CHECK} code in the learner's session.
 *
 * <p>Each method returns quietly when the check holds and throws {@link CheckFailed} when it does not, with a
 * message that says what was expected and what was found: {@code softmax(z)[1,0] is NaN, expected a finite number}.
 */
public final class Check {
    private Check() {}

    /** Fails with {@code message} unless {@code ok}. */
    public static void that(boolean ok, String message) {
        if (!ok) {
            throw new CheckFailed(message);
        }
    }

    /** Fails with a {@code kind} of difference unless {@code ok}: {@code <what> is <found>, expected <expected>}. */
    static void that(boolean ok, Kind kind, String what, String expected, Object found) {
        if (!ok) {
            throw new CheckFailed(kind, what, expected, String.valueOf(found));
        }
    }

    /** {@code found} is within {@code tol} of {@code expected}. */
    public static void close(String what, double expected, double found, double tol) {
        String want = num(expected) + " (±" + num(tol) + ")";
        if (Double.isFinite(expected)) {
            finite(what, found, want);
        }
        that(Math.abs(found - expected) <= tol, Kind.MISMATCH, what, want, num(found));
    }

    /** {@code found} is {@code expected} (compared with {@code equals}). */
    public static void equal(String what, Object expected, Object found) {
        that(expected == null ? found == null : expected.equals(found), Kind.MISMATCH, what,
                String.valueOf(expected), found);
    }

    /** The two label arrays are equal, element by element. */
    public static void equal(String what, int[] expected, int[] found) {
        length(what, expected.length, found);
        for (int i = 0; i < expected.length; i++) {
            that(expected[i] == found[i], Kind.MISMATCH, what + "[" + i + "]", "" + expected[i], found[i]);
        }
    }

    /** {@code m} is not null. */
    public static void notNull(String what, Object m) {
        that(m != null, Kind.NULL, what, "a value (did you forget to return it?)", "null");
    }

    /** {@code m} has {@code rows}×{@code cols} entries. */
    public static void shape(String what, DMatrixRMaj m, int rows, int cols) {
        notNull(what, m);
        that(m.numRows == rows && m.numCols == cols, Kind.SHAPE, what, rows + "×" + cols, m.numRows + "×" + m.numCols);
    }

    /** The table {@code m} has {@code rows} rows of {@code cols} entries each (a {@link Kind#SHAPE} check). */
    public static void shape(String what, int[][] m, int rows, int cols) {
        notNull(what, m);
        int width = cols;
        for (int[] row : m) {
            if (row == null || row.length != cols) {
                width = row == null ? 0 : row.length;
                break;
            }
        }
        that(m.length == rows && width == cols, Kind.SHAPE, what, rows + "×" + cols, m.length + "×" + width);
    }

    /** Every entry of {@code m} is a finite number (no NaN, no infinity). */
    public static void finite(String what, DMatrixRMaj m) {
        notNull(what, m);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                finite(what + "[" + i + "," + j + "]", m.get(i, j), "a finite number");
            }
        }
    }

    /** Every row of {@code m} sums to {@code expected}, within {@code tol}. */
    public static void rowsSumTo(DMatrixRMaj m, double expected, double tol) {
        rowsSumTo("", m, expected, tol);
    }

    /** Every row of {@code what} ({@code m}) sums to {@code expected}, within {@code tol}. */
    public static void rowsSumTo(String what, DMatrixRMaj m, double expected, double tol) {
        notNull(what.isEmpty() ? "the matrix" : what, m);
        for (int i = 0; i < m.numRows; i++) {
            double sum = 0;
            for (int j = 0; j < m.numCols; j++) {
                sum += m.get(i, j);
            }
            that(Math.abs(sum - expected) <= tol, Kind.NOT_NORMALISED, "the sum of row " + i
                    + (what.isEmpty() ? "" : " of " + what), num(expected) + " (±" + num(tol) + ")", num(sum));
        }
    }

    /** {@code found} has the shape of {@code expected} and every entry is within {@code tol} of it. */
    public static void close(String what, DMatrixRMaj expected, DMatrixRMaj found, double tol) {
        shape(what, found, expected.numRows, expected.numCols);
        for (int i = 0; i < expected.numRows; i++) {
            for (int j = 0; j < expected.numCols; j++) {
                close(what + "[" + i + "," + j + "]", expected.get(i, j), found.get(i, j), tol);
            }
        }
    }

    /** {@code found} has the length of {@code expected} and every entry is within {@code tol} of it. */
    public static void close(String what, double[] expected, double[] found, double tol) {
        length(what, expected.length, found == null ? null : found.length);
        for (int i = 0; i < expected.length; i++) {
            close(what + "[" + i + "]", expected[i], found[i], tol);
        }
    }

    private static void length(String what, int expected, Object found) {
        notNull(what, found);
        int n = found instanceof int[] a ? a.length : (Integer) found;
        that(n == expected, Kind.SHAPE, "the length of " + what, "" + expected, n);
    }

    /** A NaN or infinite {@code v} fails as {@link Kind#NAN} or {@link Kind#INFINITE}. */
    private static void finite(String what, double v, String expected) {
        that(!Double.isNaN(v), Kind.NAN, what, expected, "NaN");
        that(!Double.isInfinite(v), Kind.INFINITE, what, expected, num(v));
    }

    /**
     * {@code call} left its argument {@code name} as it was ({@code before}: a copy taken before the call). Check
     * this before comparing values: a method that changes its input spoils the expected value computed from it.
     */
    public static void unchanged(String call, String name, DMatrixRMaj before, DMatrixRMaj now) {
        shape(name + " after " + call, now, before.numRows, before.numCols);
        for (int i = 0; i < before.numRows; i++) {
            for (int j = 0; j < before.numCols; j++) {
                that(Double.compare(before.get(i, j), now.get(i, j)) == 0, Kind.INPUT_CHANGED, name + "[" + i + ","
                        + j + "] after " + call, num(before.get(i, j)) + " as before: " + call + " must not change "
                        + name, num(now.get(i, j)));
            }
        }
    }

    /** {@code call} left its array argument {@code name} as it was ({@code before}: a copy taken before it). */
    public static void unchanged(String call, String name, double[] before, double[] now) {
        unchanged(call, name, new DMatrixRMaj(1, before.length, true, before), new DMatrixRMaj(1, now.length,
                true, now));
    }

    /**
     * {@code call} changed {@code name} in place: at least one entry differs from {@code before}. A method that
     * assigns a new matrix to its parameter ({@code W = newW}) leaves the caller's matrix as it was.
     */
    public static void changed(String call, String name, DMatrixRMaj before, DMatrixRMaj now) {
        shape(name + " after " + call, now, before.numRows, before.numCols);
        boolean moved = false;
        for (int i = 0; i < before.data.length && !moved; i++) {
            moved = Double.compare(before.data[i], now.data[i]) != 0;
        }
        that(moved, Kind.UNCHANGED, name + " after " + call, "it updated in place (a method that assigns a new"
                + " matrix to its parameter " + name + " leaves the caller's matrix as it was)", "unchanged");
    }

    /**
     * {@code call} moved {@code name} downhill: the step (now − before) points against {@code gradient}, the
     * loss's gradient at {@code before}, so Σ (now − before) ⊙ gradient is below 0.
     */
    public static void downhill(String call, String name, DMatrixRMaj before, DMatrixRMaj now, DMatrixRMaj gradient) {
        shape(name + " after " + call, now, before.numRows, before.numCols);
        double slope = 0;
        for (int i = 0; i < before.data.length; i++) {
            // slope = Σ (now − before)_i · gradient_i
            slope += (now.data[i] - before.data[i]) * gradient.data[i];
        }
        that(slope < 0, Kind.WRONG_DIRECTION, "the step " + call + " took, (" + name + " after − " + name
                + " before)·gradient,", "below 0: downhill, against the gradient", num(slope) + (slope == 0 ? " (no step)" : " (uphill)"));
    }

    /** {@code after} is below {@code before}: {@code what} went down (a loss after a training step). */
    public static void decreased(String what, double before, double after) {
        finite(what, after, "below " + num(before));
        that(after < before, Kind.WRONG_DIRECTION, what, "below " + num(before) + ", its value before", num(after));
    }

    /** A number as a learner reads it: up to 6 significant digits, no trailing zeros. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e7)) {
            return String.format(Locale.ROOT, "%.3g", v).replaceFirst("\\.?0+e", "e").replace("e-0", "e-");
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
    }
}
