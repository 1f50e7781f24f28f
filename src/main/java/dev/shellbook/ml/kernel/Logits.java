package dev.shellbook.ml.kernel;

/**
 * The softmax epoch's vectorised loops, for {@code dev.shellbook.ml.SoftmaxKernelEpoch}: call only when
 * {@link Vectors#enabled()}. The scalar forms are in {@code SoftmaxKernel} (float64) and {@code SoftmaxKernel32}
 * (float32); the forward passes agree with them to rounding (the lanes are summed in a different order), the
 * float32 update gives their bits (each element is the same fma chain).
 */
public final class Logits {
    private Logits() {}

    /**
     * z_r = b + Wᵀ x_r for the two rows {@code v0}, {@code v1} and k = 10 classes ({@code wt} = Wᵀ, one row per
     * class): writes z[z0 .. z0 + 10) (row v0) and z[z0 + 10 .. z0 + 20) (row v1); modifies only z.
     */
    public static void pair10(double[] v0, double[] v1, double[][] wt, double[] b, double[] z, int z0) {
        VectorLogits.pair10(v0, v1, wt, b, z, z0);
    }

    /** {@link #pair10(double[], double[], double[][], double[], double[], int)} in float32, z widened to float64. */
    public static void pair10(float[] v0, float[] v1, float[][] wt, float[] b, double[] z, int z0) {
        VectorLogits32.pair10(v0, v1, wt, b, z, z0);
    }

    /**
     * z_r = b + Wᵀ x_r for the four rows {@code v0} … {@code v3} and k = 10 classes, in float32, widened into
     * z[z0 + 10r .. z0 + 10r + 10); the same bits as {@link #pair10(float[], float[], float[][], float[], double[],
     * int)} on those rows (each logit is the same lane-wise fma chain and the same sum). Modifies only z.
     */
    public static void quad10(float[] v0, float[] v1, float[] v2, float[] v3, float[][] wt, float[] b, double[] z,
                              int z0) {
        VectorLogits32.quad5(v0, v1, v2, v3, wt, b, z, z0, 0);
        VectorLogits32.quad5(v0, v1, v2, v3, wt, b, z, z0, 5);
    }

    /**
     * The SGD step on the columns [j, j + {@link #bandWidth()}) of Wᵀ (10 classes): Wᵀ[c][j'] ← the fma chain
     * w = fma(s[i·10 + c], x_i[j'], w) over the batch rows i = 0 … rows − 1 in order, x_i = {@code x[order[from +
     * i]]}; the same bits as {@link #axpy4} over those rows four at a time. Modifies those columns of wt only.
     */
    public static void band10(float[][] x, int[] order, int from, int rows, float[] s, float[][] wt, int j) {
        VectorLogits32.band10(x, order, from, rows, s, wt, j);
    }

    /** The columns one {@link #band10} call updates (two vectors: 32 on AVX-512, 16 on AVX2). */
    public static int bandWidth() {
        return VectorLogits32.bandWidth();
    }

    /**
     * w[j] += s0 x0[j] + s1 x1[j] + s2 x2[j] + s3 x3[j] for j in [j0, j1), as the fma chain
     * fma(s3, x3, fma(s2, x2, fma(s1, x1, fma(s0, x0, w)))) in float32. Modifies w.
     */
    public static void axpy4(float[] w, float s0, float[] x0, float s1, float[] x1, float s2, float[] x2, float s3,
                             float[] x3, int j0, int j1) {
        VectorLogits32.axpy4(w, s0, x0, s1, x1, s2, x2, s3, x3, j0, j1);
    }
}
