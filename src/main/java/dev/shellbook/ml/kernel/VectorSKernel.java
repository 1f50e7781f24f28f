package dev.shellbook.ml.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 micro-kernel on the Vector API: 6 rows × 2 vectors (6 × 32 on AVX-512, 6 × 16 on AVX2), twelve
 * accumulators held in registers, each B row loaded once per 6 rows and each A value broadcast once per 2 vectors.
 * Loaded only through {@link Vectors} when the JVM has {@code jdk.incubator.vector}.
 */
final class VectorSKernel implements SKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
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
    public void run(int kc, float[] pa, int pao, float[] pb, int pbo, float[] c, int co, int ldc, boolean add) {
        FloatVector c00 = load(c, co, add);
        FloatVector c01 = load(c, co + L, add);
        FloatVector c10 = load(c, co + ldc, add);
        FloatVector c11 = load(c, co + ldc + L, add);
        FloatVector c20 = load(c, co + 2 * ldc, add);
        FloatVector c21 = load(c, co + 2 * ldc + L, add);
        FloatVector c30 = load(c, co + 3 * ldc, add);
        FloatVector c31 = load(c, co + 3 * ldc + L, add);
        FloatVector c40 = load(c, co + 4 * ldc, add);
        FloatVector c41 = load(c, co + 4 * ldc + L, add);
        FloatVector c50 = load(c, co + 5 * ldc, add);
        FloatVector c51 = load(c, co + 5 * ldc + L, add);
        for (int p = 0; p < kc; p++) {
            int a = pao + p * MR;
            FloatVector b0 = FloatVector.fromArray(S, pb, pbo + p * NR);
            FloatVector b1 = FloatVector.fromArray(S, pb, pbo + p * NR + L);
            // c(i, ·) = fma(a(i, p), b(p, ·), c(i, ·)) for the six rows
            FloatVector ai = FloatVector.broadcast(S, pa[a]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            ai = FloatVector.broadcast(S, pa[a + 1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            ai = FloatVector.broadcast(S, pa[a + 2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            ai = FloatVector.broadcast(S, pa[a + 3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
            ai = FloatVector.broadcast(S, pa[a + 4]);
            c40 = ai.fma(b0, c40);
            c41 = ai.fma(b1, c41);
            ai = FloatVector.broadcast(S, pa[a + 5]);
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

    private static FloatVector load(float[] c, int offset, boolean add) {
        return add ? FloatVector.fromArray(S, c, offset) : FloatVector.zero(S);
    }
}
