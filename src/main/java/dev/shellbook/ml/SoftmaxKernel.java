package dev.shellbook.ml;

/**
 * Hand-written loops for the softmax-regression epoch. They exist because the benchmark
 * ({@code dev.shellbook.bench.EpochBenchmark}) shows them faster than the CommonOps_DDRM calls they replace, which
 * are kept in {@link SoftmaxEjmlEpoch} (selectable with {@code Sgd.engine(EJML)}).
 *
 * <p>They work on X and Wᵀ stored as one Java array per row ({@code double[][]}), because C2 on Java 17
 * vectorises a loop only when every array in it is indexed by the bare loop counter: {@code w[j] += s * x[j]} runs
 * with AVX, {@code w[c*d + j] += s * x[o + j]} (offsets into one big array, as in DMatrixRMaj) runs scalar.
 * Measured per epoch of updates on the 2-core machine (thread CPU time, loaded machine): offset form 0.18 s,
 * row arrays 0.06 s.
 * <ul>
 * <li>forward ({@link #logitsPair10}): a dot product, which C2 never vectorises; 2 rows × 10 classes = 20
 * accumulators stay in registers and each weight is loaded once per two rows. Thread CPU time per epoch of
 * forward passes: 1 row × 10 classes 0.16 s, 2 × 10 0.11 s (4 × 5 and 3 × 10 about the same), 2 × 10 with
 * plain {@code a += x * w} instead of Math.fma 0.15 s; skipping zero pixels (half of Fashion-MNIST) with a branch
 * is slower, 0.14–0.17 s (mispredictions).</li>
 * <li>gradient ({@link #update}): −step·Xbᵀ E added straight into Wᵀ, 4 batch rows per sweep over a row of Wᵀ:
 * a vectorised axpy, no ∇W matrix, no batch copy (rows are picked through the shuffled index).</li>
 * </ul>
 */
final class SoftmaxKernel {
    private SoftmaxKernel() {}

    /**
     * z_r = b + Wᵀ x_r for two rows {@code v0}, {@code v1} and k = 10 classes ({@code wt} = Wᵀ, one row per
     * class). Writes z[z0 .. z0+10) (row v0) and z[z0+10 .. z0+20) (row v1); modifies only z.
     */
    static void logitsPair10(double[] v0, double[] v1, double[][] wt, double[] b, double[] z, int z0) {
        final double[] w0 = wt[0];
        final double[] w1 = wt[1];
        final double[] w2 = wt[2];
        final double[] w3 = wt[3];
        final double[] w4 = wt[4];
        final double[] w5 = wt[5];
        final double[] w6 = wt[6];
        final double[] w7 = wt[7];
        final double[] w8 = wt[8];
        final double[] w9 = wt[9];
        double a0 = b[0], a1 = b[1], a2 = b[2], a3 = b[3], a4 = b[4], a5 = b[5], a6 = b[6], a7 = b[7], a8 = b[8], a9 = b[9];
        double c0 = b[0], c1 = b[1], c2 = b[2], c3 = b[3], c4 = b[4], c5 = b[5], c6 = b[6], c7 = b[7], c8 = b[8], c9 = b[9];
        for (int j = 0; j < v0.length; j++) {
            double x0 = v0[j];
            double x1 = v1[j];
            double w;
            w = w0[j];
            a0 = Math.fma(x0, w, a0);
            c0 = Math.fma(x1, w, c0);
            w = w1[j];
            a1 = Math.fma(x0, w, a1);
            c1 = Math.fma(x1, w, c1);
            w = w2[j];
            a2 = Math.fma(x0, w, a2);
            c2 = Math.fma(x1, w, c2);
            w = w3[j];
            a3 = Math.fma(x0, w, a3);
            c3 = Math.fma(x1, w, c3);
            w = w4[j];
            a4 = Math.fma(x0, w, a4);
            c4 = Math.fma(x1, w, c4);
            w = w5[j];
            a5 = Math.fma(x0, w, a5);
            c5 = Math.fma(x1, w, c5);
            w = w6[j];
            a6 = Math.fma(x0, w, a6);
            c6 = Math.fma(x1, w, c6);
            w = w7[j];
            a7 = Math.fma(x0, w, a7);
            c7 = Math.fma(x1, w, c7);
            w = w8[j];
            a8 = Math.fma(x0, w, a8);
            c8 = Math.fma(x1, w, c8);
            w = w9[j];
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

    /** z = b + Wᵀ v for one row v and any k; writes z[z0 .. z0+k) only. */
    static void logitsOne(double[] v, double[][] wt, double[] b, double[] z, int z0) {
        for (int c = 0; c < wt.length; c++) {
            double[] w = wt[c];
            double s0 = 0;
            double s1 = 0;
            int j = 0;
            for (; j + 2 <= v.length; j += 2) {
                s0 = Math.fma(v[j], w[j], s0);
                s1 = Math.fma(v[j + 1], w[j + 1], s1);
            }
            if (j < v.length) {
                s0 = Math.fma(v[j], w[j], s0);
            }
            // z_c = b_c + w_c · v
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
     * Wᵀ[c, j] ← Wᵀ[c, j] − step · Σ_i e[i, c] · x[order[from+i]][j] for j in [j0, j1) and the batch rows
     * i = r0 .. r1-1: the SGD step W ← W − step · Xbᵀ E on a band of columns of Wᵀ (with step = −1 and a zeroed
     * target: the gradient Xbᵀ E of those rows). Modifies wt only.
     */
    static void update(double[][] x, int[] order, int from, int r0, int r1, double[] e, double step, double[][] wt,
            int j0, int j1) {
        int k = wt.length;
        int i = r0;
        for (; i + 4 <= r1; i += 4) {
            double[] x0 = x[order[from + i]];
            double[] x1 = x[order[from + i + 1]];
            double[] x2 = x[order[from + i + 2]];
            double[] x3 = x[order[from + i + 3]];
            for (int c = 0; c < k; c++) {
                axpy4(wt[c], -step * e[i * k + c], x0, -step * e[(i + 1) * k + c], x1, -step * e[(i + 2) * k + c],
                        x2, -step * e[(i + 3) * k + c], x3, j0, j1);
            }
        }
        for (; i < r1; i++) {
            double[] xi = x[order[from + i]];
            for (int c = 0; c < k; c++) {
                double s = -step * e[i * k + c];
                double[] w = wt[c];
                for (int j = j0; j < j1; j++) {
                    w[j] = Math.fma(s, xi[j], w[j]);
                }
            }
        }
    }

    /** w[j] += s0 x0[j] + s1 x1[j] + s2 x2[j] + s3 x3[j] for j in [j0, j1): vectorised by C2. Modifies w. */
    static void axpy4(double[] w, double s0, double[] x0, double s1, double[] x1, double s2, double[] x2,
            double s3, double[] x3, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            w[j] = Math.fma(s3, x3[j], Math.fma(s2, x2[j], Math.fma(s1, x1[j], Math.fma(s0, x0[j], w[j]))));
        }
    }
}
