package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/** Row-wise softmax p_ij = exp(z_ij) / Σ_c exp(z_ic), computed so that it never overflows. */
public final class Softmax {
    private Softmax() {}

    /** P = softmax(Z) row by row, as a new matrix. */
    public static DMatrixRMaj rows(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        rows(z, out);
        return out;
    }

    /**
     * P = softmax(Z) row by row into {@code out} (reshaped to Z's shape; may be {@code z} itself). Stable:
     * softmax(z) = softmax(z − max z), so the largest exponent is exp(0) = 1 and nothing overflows.
     */
    public static void rows(DMatrixRMaj z, DMatrixRMaj out) {
        out.reshape(z.numRows, z.numCols);
        int k = z.numCols;
        for (int i = 0; i < z.numRows; i++) {
            int row = i * k;
            double max = rowMax(z.data, row, k);
            double sum = 0;
            for (int c = 0; c < k; c++) {
                // e_c = exp(z_c − max z)
                out.data[row + c] = Math.exp(z.data[row + c] - max);
                sum += out.data[row + c];
            }
            for (int c = 0; c < k; c++) {
                // p_c = e_c / Σ e
                out.data[row + c] /= sum;
            }
        }
    }

    /** exp(z_ij) / Σ_c exp(z_ic) exactly as written: overflows to NaN for logits above ~709 (for teaching). */
    public static DMatrixRMaj naive(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < z.numRows; i++) {
            double sum = 0;
            for (int c = 0; c < z.numCols; c++) {
                out.unsafe_set(i, c, Math.exp(z.unsafe_get(i, c)));
                sum += out.unsafe_get(i, c);
            }
            for (int c = 0; c < z.numCols; c++) {
                out.unsafe_set(i, c, out.unsafe_get(i, c) / sum);
            }
        }
        return out;
    }

    /** n×1: log Σ_c exp(z_ic) = m_i + log Σ_c exp(z_ic − m_i), with m_i the row max. */
    public static DMatrixRMaj logSumExp(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, 1);
        for (int i = 0; i < z.numRows; i++) {
            out.data[i] = logSumExp(z.data, i * z.numCols, z.numCols);
        }
        return out;
    }

    /** log softmax(Z) = Z − logSumExp(Z) row by row, as a new matrix (finite wherever Z is). */
    public static DMatrixRMaj logSoftmax(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < z.numRows; i++) {
            double lse = logSumExp(z.data, i * z.numCols, z.numCols);
            for (int c = 0; c < z.numCols; c++) {
                out.unsafe_set(i, c, z.unsafe_get(i, c) - lse);
            }
        }
        return out;
    }

    /** log Σ exp(a[from .. from+k)) without overflow. */
    static double logSumExp(double[] a, int from, int k) {
        double max = rowMax(a, from, k);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += Math.exp(a[from + c] - max);
        }
        return max + Math.log(sum);
    }

    static double rowMax(double[] a, int from, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, a[from + c]);
        }
        return max;
    }
}
