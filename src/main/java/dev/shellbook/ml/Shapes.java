package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import org.ejml.data.DMatrixRMaj;

/** Shape checks that throw {@code IllegalArgumentException("what: expected …, found …")}. */
final class Shapes {
    private Shapes() {}

    static String of(DMatrixRMaj m) {
        return m.numRows + "×" + m.numCols;
    }

    /** {@code m} has {@code n} rows (one per label). */
    static void rows(String what, DMatrixRMaj m, int n) {
        if (m.numRows != n) {
            throw new IllegalArgumentException(what + ": expected " + n + "×" + m.numCols + " (one row per label), found "
                    + of(m));
        }
    }

    /** {@code m} has {@code k} columns. */
    static void cols(String what, DMatrixRMaj m, int k) {
        if (m.numCols != k) {
            throw new IllegalArgumentException(what + ": expected n×" + k + ", found " + of(m));
        }
    }

    /** {@code d} has {@code k} features, asked without its matrix (a loaded set or a view would make it whole). */
    static void cols(String what, Dataset d, int k) {
        if (d.features() != k) {
            throw new IllegalArgumentException(what + ": expected n×" + k + ", found " + d.size() + "×" + d.features());
        }
    }

    /** Every label is a class index of {@code m}. */
    static void labels(String what, int[] y, int k) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException(what + ": expected labels 0.." + (k - 1) + ", found y[" + i + "] = "
                        + y[i]);
            }
        }
    }

    /** {@code m} is a vector (n×1 or 1×n) of length {@code n}. */
    static void vector(String what, DMatrixRMaj m, int n) {
        if (m.getNumElements() != n || (m.numRows != 1 && m.numCols != 1)) {
            throw new IllegalArgumentException(what + ": expected " + n + "×1, found " + of(m));
        }
    }
}
