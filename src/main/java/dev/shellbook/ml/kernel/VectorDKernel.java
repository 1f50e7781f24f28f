package dev.shellbook.ml.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float64 micro-kernel on the Vector API: 6 rows × 2 vectors (6 × 16 on AVX-512, 6 × 8 on AVX2), twelve
 * accumulators held in registers, each B row loaded once per 6 rows and each A value broadcast once per 2 vectors.
 * Loaded only through {@link Vectors} when the JVM has {@code jdk.incubator.vector}.
 */
final class VectorDKernel implements DKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int MR = 6;
    static final int NR = 2 * L;

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
        DoubleVector c00 = load(c, co, add);
        DoubleVector c01 = load(c, co + L, add);
        DoubleVector c10 = load(c, co + ldc, add);
        DoubleVector c11 = load(c, co + ldc + L, add);
        DoubleVector c20 = load(c, co + 2 * ldc, add);
        DoubleVector c21 = load(c, co + 2 * ldc + L, add);
        DoubleVector c30 = load(c, co + 3 * ldc, add);
        DoubleVector c31 = load(c, co + 3 * ldc + L, add);
        DoubleVector c40 = load(c, co + 4 * ldc, add);
        DoubleVector c41 = load(c, co + 4 * ldc + L, add);
        DoubleVector c50 = load(c, co + 5 * ldc, add);
        DoubleVector c51 = load(c, co + 5 * ldc + L, add);
        for (int p = 0; p < kc; p++) {
            int a = pao + p * MR;
            DoubleVector b0 = DoubleVector.fromArray(S, pb, pbo + p * NR);
            DoubleVector b1 = DoubleVector.fromArray(S, pb, pbo + p * NR + L);
            // c(i, ·) = fma(a(i, p), b(p, ·), c(i, ·)) for the six rows
            DoubleVector ai = DoubleVector.broadcast(S, pa[a]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = DoubleVector.broadcast(S, pa[a + 1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = DoubleVector.broadcast(S, pa[a + 2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = DoubleVector.broadcast(S, pa[a + 3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
            ai = DoubleVector.broadcast(S, pa[a + 4]);
            c40 = ai.fma(b0, c40);
            c41 = ai.fma(b1, c41);
            ai = DoubleVector.broadcast(S, pa[a + 5]);
            c50 = ai.fma(b0, c50);
            c51 = ai.fma(b1, c51);
        }
        c00.intoArray(c, co);
        c01.intoArray(c, co + L);
        c10.intoArray(c, co + ldc);
        c11.intoArray(c, co + ldc + L);
        c20.intoArray(c, co + 2 * ldc);
        c21.intoArray(c, co + 2 * ldc + L);
        c30.intoArray(c, co + 3 * ldc);
        c31.intoArray(c, co + 3 * ldc + L);
        c40.intoArray(c, co + 4 * ldc);
        c41.intoArray(c, co + 4 * ldc + L);
        c50.intoArray(c, co + 5 * ldc);
        c51.intoArray(c, co + 5 * ldc + L);
    }

    private static DoubleVector load(double[] c, int offset, boolean add) {
        return add ? DoubleVector.fromArray(S, c, offset) : DoubleVector.zero(S);
    }
}
