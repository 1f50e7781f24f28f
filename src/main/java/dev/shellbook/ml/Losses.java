package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/** Mean losses over the rows of a batch. */
public final class Losses {
    /** Probabilities are clipped to [EPS, 1] (binary: [EPS, 1 − EPS]) so log never sees 0. */
    public static final double EPS = 1e-12;

    private Losses() {}

    /** L = −(1/n) Σ_i log p[i, y_i], with p clipped to [1e-12, 1]. {@code p} is n×k probabilities. */
    public static double crossEntropy(DMatrixRMaj p, int[] y) {
        Shapes.rows("crossEntropy", p, y.length);
        Shapes.labels("crossEntropy", y, p.numCols);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            // −log clip(p_iy)
            sum -= Math.log(Math.min(1.0, Math.max(EPS, p.unsafe_get(i, y[i]))));
        }
        return sum / y.length;
    }

    /** L = (1/n) Σ_i (logSumExp(z_i) − z[i, y_i]): the cross-entropy of softmax(Z), stable for any finite Z. */
    public static double crossEntropyFromLogits(DMatrixRMaj z, int[] y) {
        Shapes.rows("crossEntropyFromLogits", z, y.length);
        Shapes.labels("crossEntropyFromLogits", y, z.numCols);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            // −log softmax(z_i)_y = logSumExp(z_i) − z_iy
            sum += Softmax.logSumExp(z.data, i * z.numCols, z.numCols) - z.unsafe_get(i, y[i]);
        }
        return sum / y.length;
    }

    /** L = −(1/n) Σ_i [y_i log p_i + (1 − y_i) log(1 − p_i)], p = P(y=1) an n-vector clipped to [ε, 1 − ε]. */
    public static double binaryCrossEntropy(DMatrixRMaj p, int[] y) {
        Shapes.vector("binaryCrossEntropy", p, y.length);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            checkBinary("binaryCrossEntropy", y, i);
            double pi = Math.min(1 - EPS, Math.max(EPS, p.data[i]));
            sum -= y[i] == 1 ? Math.log(pi) : Math.log(1 - pi);
        }
        return sum / y.length;
    }

    /** BCE of sigmoid(z) from logits: (1/n) Σ max(z,0) − z·y + log(1 + exp(−|z|)), stable for any finite z. */
    public static double binaryCrossEntropyFromLogits(DMatrixRMaj z, int[] y) {
        Shapes.vector("binaryCrossEntropyFromLogits", z, y.length);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            checkBinary("binaryCrossEntropyFromLogits", y, i);
            double zi = z.data[i];
            sum += Math.max(zi, 0) - zi * y[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        return sum / y.length;
    }

    /** (1/N) Σ (a − b)² over all N elements. */
    public static double mse(DMatrixRMaj a, DMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new IllegalArgumentException("mse: expected " + Shapes.of(a) + ", found " + Shapes.of(b));
        }
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            double d = a.data[i] - b.data[i];
            sum += d * d;
        }
        return sum / a.getNumElements();
    }

    /** y[i] is 0 or 1, else an IllegalArgumentException naming {@code what} and the label. */
    static void checkBinary(String what, int[] y, int i) {
        if (y[i] != 0 && y[i] != 1) {
            throw new IllegalArgumentException(what + ": expected labels 0 or 1, found y[" + i + "] = " + y[i]);
        }
    }
}
