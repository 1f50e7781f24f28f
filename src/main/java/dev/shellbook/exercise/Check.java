package dev.shellbook.exercise;

import java.util.Arrays;
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

    /** {@code found} is within {@code tol} of {@code expected}. */
    public static void close(String what, double expected, double found, double tol) {
        that(Math.abs(found - expected) <= tol, what + " is " + num(found) + ", expected " + num(expected)
                + " (±" + num(tol) + ")");
    }

    /** {@code found} is {@code expected} (compared with {@code equals}). */
    public static void equal(String what, Object expected, Object found) {
        that(expected == null ? found == null : expected.equals(found),
                what + " is " + found + ", expected " + expected);
    }

    /** The two label arrays are equal, element by element. */
    public static void equal(String what, int[] expected, int[] found) {
        notNull(what, found);
        that(expected.length == found.length, what + " has " + found.length + " entries, expected " + expected.length);
        for (int i = 0; i < expected.length; i++) {
            that(expected[i] == found[i], what + "[" + i + "] is " + found[i] + ", expected " + expected[i]);
        }
    }

    /** {@code m} is not null. */
    public static void notNull(String what, Object m) {
        that(m != null, what + " is null, expected a value. Did you forget to return it?");
    }

    /** {@code m} has {@code rows}×{@code cols} entries. */
    public static void shape(String what, DMatrixRMaj m, int rows, int cols) {
        notNull(what, m);
        that(m.numRows == rows && m.numCols == cols, what + ": expected " + rows + "×" + cols + ", found "
                + m.numRows + "×" + m.numCols);
    }

    /** Every entry of {@code m} is a finite number (no NaN, no infinity). */
    public static void finite(String what, DMatrixRMaj m) {
        notNull(what, m);
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                double v = m.get(i, j);
                that(Double.isFinite(v), what + "[" + i + "," + j + "] is " + v + ", expected a finite number");
            }
        }
    }

    /** Every row of {@code m} sums to {@code expected}, within {@code tol}. */
    public static void rowsSumTo(DMatrixRMaj m, double expected, double tol) {
        notNull("the matrix", m);
        for (int i = 0; i < m.numRows; i++) {
            double sum = 0;
            for (int j = 0; j < m.numCols; j++) {
                sum += m.get(i, j);
            }
            that(Math.abs(sum - expected) <= tol, "row " + i + " sums to " + num(sum) + ", expected "
                    + num(expected) + " (±" + num(tol) + ")");
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
        notNull(what, found);
        that(expected.length == found.length, what + " has " + found.length + " entries, expected "
                + expected.length + ": " + Arrays.toString(found));
        for (int i = 0; i < expected.length; i++) {
            close(what + "[" + i + "]", expected[i], found[i], tol);
        }
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
