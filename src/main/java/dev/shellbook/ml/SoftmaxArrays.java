package dev.shellbook.ml;

import dev.shellbook.data.Dataset;

/**
 * What the kernel epoch ({@link SoftmaxKernelEpoch}) computes in one precision: the current batch's rows of X, Wᵀ
 * (k×d, one row per class) and b, as float64 ({@link SoftmaxArrays64}) or float32 ({@link SoftmaxArrays32}) arrays.
 * The epoch itself (batches, threads, the softmax, the loss and the error E = P − Y, in float64 for both) is shared.
 * Batch rows are gathered into reused row arrays ({@link #gather}, through {@link Dataset#copyRows}, so a loaded set
 * never needs its matrix), never all of X: a row-array copy of 60,000 training images cost 188 MB (float32) or 376
 * MB (float64) beside X itself.
 */
interface SoftmaxArrays {
    /** The arrays for {@code sgd}'s precision, with row arrays for {@code batch} rows of {@code x}. */
    static SoftmaxArrays of(SoftmaxRegression model, Dataset x, int batch, Sgd sgd, boolean vector) {
        return sgd.precision() == Sgd.Precision.FLOAT32 ? new SoftmaxArrays32(model, x, batch, vector)
                : new SoftmaxArrays64(model, x, batch, vector);
    }

    /** Batch rows r0 .. r1 ← rows order[from + r0 ..) of X (float32: rounded to nearest). Modifies those rows only. */
    void gather(int[] order, int from, int r0, int r1);

    /** Wᵀ ← W and b ← the model's b (rounded in float32). Modifies these arrays. */
    void load();

    /** The model's W ← (Wᵀ)ᵀ and b ← b (widened from float32). Modifies the model. */
    void store();

    /** z_i = b + Wᵀ x_i for the gathered batch rows i in [r0, r1), written to z[i·k .. i·k + k). Modifies z only. */
    void logits(int r0, int r1, double[] z);

    /** Wᵀ ← Wᵀ − step · Eᵀ Xb on the columns [j0, j1) of Wᵀ, Xb the gathered rows, E = e (rows × k). Modifies Wᵀ. */
    void update(int rows, double[] e, double step, int j0, int j1);

    /** 0, 1, …, n − 1: the order in which the kernels read the gathered rows. */
    static int[] identity(int n) {
        int[] order = new int[n];
        java.util.Arrays.setAll(order, i -> i);
        return order;
    }

    /** b_c ← b_c − step · g_c for every class c. Modifies b. */
    void updateBias(double[] g, double step);

    /** Column chunks of Wᵀ start at multiples of this (a vector's lanes, so no chunk splits a vector). */
    int align();
}
