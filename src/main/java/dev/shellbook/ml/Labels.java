package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/** Class labels: one-hot encoding, the predicted class of each row, accuracy. */
public final class Labels {
    private Labels() {}

    /** Y (n×k): Y[i, y_i] = 1, all else 0. */
    public static DMatrixRMaj oneHot(int[] y, int k) {
        Shapes.labels("oneHot", y, k);
        DMatrixRMaj m = new DMatrixRMaj(y.length, k);
        for (int i = 0; i < y.length; i++) {
            m.unsafe_set(i, y[i], 1.0);
        }
        return m;
    }

    /** ŷ_i = argmax_c m[i, c] (the first on ties). */
    public static int[] argmaxRows(DMatrixRMaj m) {
        int[] out = new int[m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            out[i] = argmax(m.data, i * m.numCols, m.numCols);
        }
        return out;
    }

    /** Share of predictions equal to the labels. */
    public static double accuracy(int[] predicted, int[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("accuracy: expected " + actual.length + " predictions, found "
                    + predicted.length);
        }
        int correct = 0;
        for (int i = 0; i < actual.length; i++) {
            correct += predicted[i] == actual[i] ? 1 : 0;
        }
        return actual.length == 0 ? Double.NaN : (double) correct / actual.length;
    }

    /** Accuracy of argmax of each row of {@code probs} (n×k) against the labels. */
    public static double accuracy(DMatrixRMaj probs, int[] actual) {
        Shapes.rows("accuracy", probs, actual.length);
        return accuracy(argmaxRows(probs), actual);
    }

    static int argmax(double[] a, int from, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (a[from + c] > a[from + best]) {
                best = c;
            }
        }
        return best;
    }
}
