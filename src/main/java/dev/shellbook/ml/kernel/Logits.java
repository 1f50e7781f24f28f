package dev.shellbook.ml.kernel;

/**
 * The softmax epoch's vectorised forward pass, for {@code dev.shellbook.ml.SoftmaxKernelEpoch}: call only when
 * {@link Vectors#enabled()} (the scalar form is {@code SoftmaxKernel.logitsPair10}; the two agree to rounding, the
 * lanes being summed in a different order).
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
}
