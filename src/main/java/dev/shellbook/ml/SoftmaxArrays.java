package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/**
 * What the kernel epoch ({@link SoftmaxKernelEpoch}) computes in one precision: X's rows, Wᵀ (k×d, one row per
 * class) and b, as float64 ({@link SoftmaxArrays64}) or float32 ({@link SoftmaxArrays32}) arrays. The epoch itself
 * (batches, threads, the softmax, the loss and the error E = P − Y, in float64 for both) is shared.
 */
interface SoftmaxArrays {
    /** The arrays for {@code sgd}'s precision, X's rows copied once (see {@link RowArrays}). */
    static SoftmaxArrays of(SoftmaxRegression model, DMatrixRMaj x, Sgd sgd, boolean vector) {
        return sgd.precision() == Sgd.Precision.FLOAT32 ? new SoftmaxArrays32(model, RowArrays.floats(x), vector)
                : new SoftmaxArrays64(model, RowArrays.of(x), vector);
    }

    /** Wᵀ ← W and b ← the model's b (rounded in float32). Modifies these arrays. */
    void load();

    /** The model's W ← (Wᵀ)ᵀ and b ← b (widened from float32). Modifies the model. */
    void store();

    /**
     * z_i = b + Wᵀ x_{order[from+i]} for batch rows i in [r0, r1), written to z[i·k .. i·k + k). Modifies z only.
     */
    void logits(int[] order, int from, int r0, int r1, double[] z);

    /** Wᵀ ← Wᵀ − step · Eᵀ Xb on the columns [j0, j1) of Wᵀ, with E = e (rows × k). Modifies Wᵀ only. */
    void update(int[] order, int from, int rows, double[] e, double step, int j0, int j1);

    /** b_c ← b_c − step · g_c for every class c. Modifies b. */
    void updateBias(double[] g, double step);

    /** Column chunks of Wᵀ start at multiples of this (a vector's lanes, so no chunk splits a vector). */
    int align();
}
