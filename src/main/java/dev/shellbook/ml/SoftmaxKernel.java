package dev.shellbook.ml;

/**
 * Hand-written loops for the softmax-regression epoch over the data arrays of the DMatrixRMaj's involved. They
 * exist because the benchmark ({@code dev.shellbook.bench.EpochBenchmark}) shows them faster than the CommonOps_DDRM
 * calls they replace, which are kept in {@link SoftmaxEjmlEpoch} (selectable with {@code Sgd.engine(EJML)}):
 * <ul>
 * <li>forward: EJML multiplies a B×784 batch by W (784×10) with a dot-product kernel, one accumulator at a time;
 * {@link #logitsPair10} keeps 2 rows × 10 classes = 20 accumulators in registers and reads each weight once per
 * two rows (C2 does not vectorise FP dot products, so register blocking is what is left to gain);</li>
 * <li>gradient: {@link #update} adds −step·Xbᵀ E straight into Wᵀ (10×784), 4 batch rows per sweep over a row of
 * Wᵀ, as an axpy that C2 vectorises; no ∇W matrix and no batch copy (rows are read through the shuffled index).</li>
 * </ul>
 * Measured figures are in {@link SoftmaxKernelEpoch}.
 */
final class SoftmaxKernel {
    private SoftmaxKernel() {}

    /**
     * z_r = b + Wᵀ x_r for the two rows of X starting at {@code o0} and {@code o1}, k = 10 classes; {@code wt} is
     * Wᵀ (10×d). Writes z[z0 .. z0+10) (row o0) and z[z0+10 .. z0+20) (row o1); modifies only z.
     */
    static void logitsPair10(double[] x, int o0, int o1, int d, double[] wt, double[] b, double[] z, int z0) {
        final int d1 = 1 * d;
        final int d2 = 2 * d;
        final int d3 = 3 * d;
        final int d4 = 4 * d;
        final int d5 = 5 * d;
        final int d6 = 6 * d;
        final int d7 = 7 * d;
        final int d8 = 8 * d;
        final int d9 = 9 * d;
        double a0 = b[0], a1 = b[1], a2 = b[2], a3 = b[3], a4 = b[4], a5 = b[5], a6 = b[6], a7 = b[7], a8 = b[8], a9 = b[9];
        double c0 = b[0], c1 = b[1], c2 = b[2], c3 = b[3], c4 = b[4], c5 = b[5], c6 = b[6], c7 = b[7], c8 = b[8], c9 = b[9];
        for (int j = 0; j < d; j++) {
            double x0 = x[o0 + j];
            double x1 = x[o1 + j];
            double w;
            w = wt[j];
            a0 = Math.fma(x0, w, a0);
            c0 = Math.fma(x1, w, c0);
            w = wt[d1 + j];
            a1 = Math.fma(x0, w, a1);
            c1 = Math.fma(x1, w, c1);
            w = wt[d2 + j];
            a2 = Math.fma(x0, w, a2);
            c2 = Math.fma(x1, w, c2);
            w = wt[d3 + j];
            a3 = Math.fma(x0, w, a3);
            c3 = Math.fma(x1, w, c3);
            w = wt[d4 + j];
            a4 = Math.fma(x0, w, a4);
            c4 = Math.fma(x1, w, c4);
            w = wt[d5 + j];
            a5 = Math.fma(x0, w, a5);
            c5 = Math.fma(x1, w, c5);
            w = wt[d6 + j];
            a6 = Math.fma(x0, w, a6);
            c6 = Math.fma(x1, w, c6);
            w = wt[d7 + j];
            a7 = Math.fma(x0, w, a7);
            c7 = Math.fma(x1, w, c7);
            w = wt[d8 + j];
            a8 = Math.fma(x0, w, a8);
            c8 = Math.fma(x1, w, c8);
            w = wt[d9 + j];
            a9 = Math.fma(x0, w, a9);
            c9 = Math.fma(x1, w, c9);
        }
        z[z0 + 0] = a0;
        z[z0 + 1] = a1;
        z[z0 + 2] = a2;
        z[z0 + 3] = a3;
        z[z0 + 4] = a4;
        z[z0 + 5] = a5;
        z[z0 + 6] = a6;
        z[z0 + 7] = a7;
        z[z0 + 8] = a8;
        z[z0 + 9] = a9;
        z[z0 + 10] = c0;
        z[z0 + 11] = c1;
        z[z0 + 12] = c2;
        z[z0 + 13] = c3;
        z[z0 + 14] = c4;
        z[z0 + 15] = c5;
        z[z0 + 16] = c6;
        z[z0 + 17] = c7;
        z[z0 + 18] = c8;
        z[z0 + 19] = c9;
    }

    /** z_r = b + Wᵀ x_r for one row at offset {@code o}, any k; writes z[z0 .. z0+k) only. */
    static void logitsOne(double[] x, int o, int d, double[] wt, double[] b, int k, double[] z, int z0) {
        for (int c = 0; c < k; c++) {
            int w = c * d;
            double s0 = 0;
            double s1 = 0;
            int j = 0;
            for (; j + 2 <= d; j += 2) {
                s0 = Math.fma(x[o + j], wt[w + j], s0);
                s1 = Math.fma(x[o + j + 1], wt[w + j + 1], s1);
            }
            if (j < d) {
                s0 = Math.fma(x[o + j], wt[w + j], s0);
            }
            // z_c = b_c + w_c · x
            z[z0 + c] = b[c] + s0 + s1;
        }
    }

    /**
     * Turns the logits z[off .. off+k) of a row labelled {@code label} into e = softmax(z) − onehot(label), in
     * place, and returns the row's loss −log softmax(z)_label = log Σ exp(z − max) − (z_label − max). Modifies z.
     */
    static double softmaxError(double[] z, int off, int k, int label) {
        double max = Softmax.rowMax(z, off, k);
        double shiftedLabel = z[off + label] - max;
        double sum = 0;
        for (int c = 0; c < k; c++) {
            // e_c = exp(z_c − max z)
            z[off + c] = Math.exp(z[off + c] - max);
            sum += z[off + c];
        }
        for (int c = 0; c < k; c++) {
            // p_c = e_c / Σ e
            z[off + c] /= sum;
        }
        // E = P − Y
        z[off + label] -= 1.0;
        return Math.log(sum) - shiftedLabel;
    }

    /**
     * Wᵀ[c, j] ← Wᵀ[c, j] − step · Σ_i e[i, c] · x[order[from+i], j] for j in [j0, j1) and batch rows
     * i = 0 .. rows-1: the SGD step W ← W − step · Xbᵀ E on a band of columns of Wᵀ. Modifies wt only.
     */
    static void update(double[] x, int d, int[] order, int from, int rows, double[] e, int k, double step,
            double[] wt, int j0, int j1) {
        int i = 0;
        for (; i + 4 <= rows; i += 4) {
            int o0 = order[from + i] * d;
            int o1 = order[from + i + 1] * d;
            int o2 = order[from + i + 2] * d;
            int o3 = order[from + i + 3] * d;
            for (int c = 0; c < k; c++) {
                double s0 = -step * e[i * k + c];
                double s1 = -step * e[(i + 1) * k + c];
                double s2 = -step * e[(i + 2) * k + c];
                double s3 = -step * e[(i + 3) * k + c];
                int w = c * d;
                for (int j = j0; j < j1; j++) {
                    wt[w + j] += s0 * x[o0 + j] + s1 * x[o1 + j] + s2 * x[o2 + j] + s3 * x[o3 + j];
                }
            }
        }
        for (; i < rows; i++) {
            int o = order[from + i] * d;
            for (int c = 0; c < k; c++) {
                double s = -step * e[i * k + c];
                int w = c * d;
                for (int j = j0; j < j1; j++) {
                    wt[w + j] += s * x[o + j];
                }
            }
        }
    }

    /** dst (cols×rows) = srcᵀ for src rows×cols, both row-major. Modifies dst. */
    static void transpose(double[] src, int rows, int cols, double[] dst) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                dst[c * rows + r] = src[r * cols + c];
            }
        }
    }
}
