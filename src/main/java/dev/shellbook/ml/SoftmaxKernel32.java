package dev.shellbook.ml;

import dev.shellbook.ml.kernel.Logits;

/**
 * {@link SoftmaxKernel}'s loops in float32, for the float32 epoch ({@link SoftmaxArrays32}): X's rows, Wᵀ and b
 * are float arrays, half the bytes to stream; products and sums are float32 fma chains (as in Keras and PyTorch),
 * and the logits are widened to float64 for the softmax, the loss and the error E = P − Y. Why these shapes (2 rows
 * × 10 classes in registers, four batch rows per axpy sweep) is explained in {@link SoftmaxKernel}. On the Vector API
 * the forward pass takes four rows at a time ({@code Logits.quad10}: four rows streaming from memory at once,
 * 0.066 → 0.038 CPU-s per epoch of forward passes) and the update holds a band of Wᵀ (10 classes × 2 vectors) in
 * registers while the batch's rows go by ({@code Logits.band10}: epochs 0.074–0.082 → 0.054–0.061 s against the
 * four-row axpy, same runs, load 5). The update gives this class's bits (each element is the same fma chain in
 * the same row order); the vector forward pass sums each logit's lanes, not one chain, so it agrees with
 * {@link #logitsPair10} to float32's rounding only.
 */
final class SoftmaxKernel32 {
    private SoftmaxKernel32() {}

    /**
     * z_r = b + Wᵀ x_r for two rows {@code v0}, {@code v1} and k = 10 classes ({@code wt} = Wᵀ, one row per
     * class), one float32 fma chain per logit over the features in order, widened into z[z0 .. z0+10) (row v0) and
     * z[z0+10 .. z0+20) (row v1); modifies only z.
     */
    static void logitsPair10(float[] v0, float[] v1, float[][] wt, float[] b, double[] z, int z0) {
        final float[] w0 = wt[0];
        final float[] w1 = wt[1];
        final float[] w2 = wt[2];
        final float[] w3 = wt[3];
        final float[] w4 = wt[4];
        final float[] w5 = wt[5];
        final float[] w6 = wt[6];
        final float[] w7 = wt[7];
        final float[] w8 = wt[8];
        final float[] w9 = wt[9];
        float a0 = b[0], a1 = b[1], a2 = b[2], a3 = b[3], a4 = b[4], a5 = b[5], a6 = b[6], a7 = b[7], a8 = b[8], a9 = b[9];
        float c0 = b[0], c1 = b[1], c2 = b[2], c3 = b[3], c4 = b[4], c5 = b[5], c6 = b[6], c7 = b[7], c8 = b[8], c9 = b[9];
        for (int j = 0; j < v0.length; j++) {
            float x0 = v0[j];
            float x1 = v1[j];
            float w;
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

    /** z = b + Wᵀ v for one row v and any k, in float32, widened into z[z0 .. z0+k) only. */
    static void logitsOne(float[] v, float[][] wt, float[] b, double[] z, int z0) {
        for (int c = 0; c < wt.length; c++) {
            float[] w = wt[c];
            float s = 0;
            for (int j = 0; j < v.length; j++) {
                s = Math.fma(v[j], w[j], s);
            }
            // z_c = b_c + w_c · v
            z[z0 + c] = b[c] + s;
        }
    }

    /**
     * Wᵀ[c, j] ← Wᵀ[c, j] − step · Σ_i e[i, c] · x[order[from+i]][j] for j in [j0, j1) and the batch rows
     * i = r0 .. r1-1, each row's scale −step·e[i, c] rounded to float32 and the sum an fma chain in i order (four
     * rows per sweep, on the Vector API if {@code vector}; the same bits either way). Modifies wt only.
     */
    static void update(float[][] x, int[] order, int from, int r0, int r1, double[] e, double step, float[][] wt,
            int j0, int j1, boolean vector) {
        int k = wt.length;
        if (vector && k == 10 && r0 == 0) {
            j0 = bands(x, order, from, r1, e, step, wt, j0, j1);
        }
        int i = r0;
        for (; i + 4 <= r1; i += 4) {
            float[] x0 = x[order[from + i]];
            float[] x1 = x[order[from + i + 1]];
            float[] x2 = x[order[from + i + 2]];
            float[] x3 = x[order[from + i + 3]];
            for (int c = 0; c < k; c++) {
                float s0 = (float) (-step * e[i * k + c]);
                float s1 = (float) (-step * e[(i + 1) * k + c]);
                float s2 = (float) (-step * e[(i + 2) * k + c]);
                float s3 = (float) (-step * e[(i + 3) * k + c]);
                if (vector) {
                    Logits.axpy4(wt[c], s0, x0, s1, x1, s2, x2, s3, x3, j0, j1);
                } else {
                    axpy4(wt[c], s0, x0, s1, x1, s2, x2, s3, x3, j0, j1);
                }
            }
        }
        for (; i < r1; i++) {
            float[] xi = x[order[from + i]];
            for (int c = 0; c < k; c++) {
                float s = (float) (-step * e[i * k + c]);
                float[] w = wt[c];
                for (int j = j0; j < j1; j++) {
                    w[j] = Math.fma(s, xi[j], w[j]);
                }
            }
        }
    }

    /**
     * The vector update on whole bands of columns from j0 ({@link Logits#band10}); returns the first column it
     * left (the rest of [j0, j1) is narrower than a band). Modifies wt only.
     */
    private static int bands(float[][] x, int[] order, int from, int rows, double[] e, double step, float[][] wt,
            int j0, int j1) {
        int width = Logits.bandWidth();
        if (j1 - j0 < width) {
            return j0;
        }
        float[] s = new float[rows * 10];
        for (int n = 0; n < s.length; n++) {
            // s_ic = −step · e_ic, rounded to float32
            s[n] = (float) (-step * e[n]);
        }
        int j = j0;
        for (; j + width <= j1; j += width) {
            Logits.band10(x, order, from, rows, s, wt, j);
        }
        return j;
    }

    /** w[j] = fma(s3, x3[j], fma(s2, x2[j], fma(s1, x1[j], fma(s0, x0[j], w[j])))) for j in [j0, j1). Modifies w. */
    static void axpy4(float[] w, float s0, float[] x0, float s1, float[] x1, float s2, float[] x2, float s3,
            float[] x3, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            w[j] = Math.fma(s3, x3[j], Math.fma(s2, x2[j], Math.fma(s1, x1[j], Math.fma(s0, x0[j], w[j]))));
        }
    }
}
