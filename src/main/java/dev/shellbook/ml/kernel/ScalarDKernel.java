package dev.shellbook.ml.kernel;

/**
 * The float64 micro-kernel without the Vector API: 4 × 8 accumulators, one {@code Math.fma} chain per element in
 * the order {@link DKernel} fixes, so it gives the vector kernel's bits.
 */
final class ScalarDKernel implements DKernel {
    static final int MR = 4;
    static final int NR = 8;

    private final double[] acc = new double[MR * NR];

    @Override
    public int mr() {
        return MR;
    }

    @Override
    public int nr() {
        return NR;
    }

    @Override
    public void run(int kc, double[] pa, int pao, double[] pb, int pbo, double[] c, int co, int ldc, boolean add) {
        for (int i = 0; i < MR; i++) {
            for (int j = 0; j < NR; j++) {
                acc[i * NR + j] = add ? c[co + i * ldc + j] : 0;
            }
        }
        for (int p = 0; p < kc; p++) {
            int b = pbo + p * NR;
            for (int i = 0; i < MR; i++) {
                double a = pa[pao + p * MR + i];
                // c(i, j) = fma(a(i, p), b(p, j), c(i, j))
                for (int j = 0; j < NR; j++) {
                    acc[i * NR + j] = Math.fma(a, pb[b + j], acc[i * NR + j]);
                }
            }
        }
        for (int i = 0; i < MR; i++) {
            System.arraycopy(acc, i * NR, c, co + i * ldc, NR);
        }
    }
}
