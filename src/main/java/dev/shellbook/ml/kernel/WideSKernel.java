package dev.shellbook.ml.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 micro-kernel on the Vector API: 8 rows × 3 vectors (8 × 48 on AVX-512), 24 accumulators held
 * in registers, each B row loaded once per 8 rows and each A value broadcast once per 3 vectors. For 512-bit
 * vectors (32 registers); {@link VectorSKernel} is the 6 × 2 shape for narrower ones (16 registers). Loaded only
 * through {@link Vectors} when the JVM has {@code jdk.incubator.vector}.
 */
final class WideSKernel implements SKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int MR = 8;
    static final int NR = 3 * L;

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
        FloatVector c00 = load(c, co + 0 * ldc + 0 * L, add);
        FloatVector c01 = load(c, co + 0 * ldc + 1 * L, add);
        FloatVector c02 = load(c, co + 0 * ldc + 2 * L, add);
        FloatVector c10 = load(c, co + 1 * ldc + 0 * L, add);
        FloatVector c11 = load(c, co + 1 * ldc + 1 * L, add);
        FloatVector c12 = load(c, co + 1 * ldc + 2 * L, add);
        FloatVector c20 = load(c, co + 2 * ldc + 0 * L, add);
        FloatVector c21 = load(c, co + 2 * ldc + 1 * L, add);
        FloatVector c22 = load(c, co + 2 * ldc + 2 * L, add);
        FloatVector c30 = load(c, co + 3 * ldc + 0 * L, add);
        FloatVector c31 = load(c, co + 3 * ldc + 1 * L, add);
        FloatVector c32 = load(c, co + 3 * ldc + 2 * L, add);
        FloatVector c40 = load(c, co + 4 * ldc + 0 * L, add);
        FloatVector c41 = load(c, co + 4 * ldc + 1 * L, add);
        FloatVector c42 = load(c, co + 4 * ldc + 2 * L, add);
        FloatVector c50 = load(c, co + 5 * ldc + 0 * L, add);
        FloatVector c51 = load(c, co + 5 * ldc + 1 * L, add);
        FloatVector c52 = load(c, co + 5 * ldc + 2 * L, add);
        FloatVector c60 = load(c, co + 6 * ldc + 0 * L, add);
        FloatVector c61 = load(c, co + 6 * ldc + 1 * L, add);
        FloatVector c62 = load(c, co + 6 * ldc + 2 * L, add);
        FloatVector c70 = load(c, co + 7 * ldc + 0 * L, add);
        FloatVector c71 = load(c, co + 7 * ldc + 1 * L, add);
        FloatVector c72 = load(c, co + 7 * ldc + 2 * L, add);
        for (int p = 0; p < kc; p++) {
            int a = pao + p * MR;
            FloatVector b0 = FloatVector.fromArray(S, pb, pbo + p * NR + 0 * L);
            FloatVector b1 = FloatVector.fromArray(S, pb, pbo + p * NR + 1 * L);
            FloatVector b2 = FloatVector.fromArray(S, pb, pbo + p * NR + 2 * L);
            // c(i, ·) = fma(a(i, p), b(p, ·), c(i, ·)) for the 8 rows
            FloatVector ai;
            ai = FloatVector.broadcast(S, pa[a + 0]);
            c00 = ai.fma(b0, c00);
            c01 = ai.fma(b1, c01);
            c02 = ai.fma(b2, c02);
            ai = FloatVector.broadcast(S, pa[a + 1]);
            c10 = ai.fma(b0, c10);
            c11 = ai.fma(b1, c11);
            c12 = ai.fma(b2, c12);
            ai = FloatVector.broadcast(S, pa[a + 2]);
            c20 = ai.fma(b0, c20);
            c21 = ai.fma(b1, c21);
            c22 = ai.fma(b2, c22);
            ai = FloatVector.broadcast(S, pa[a + 3]);
            c30 = ai.fma(b0, c30);
            c31 = ai.fma(b1, c31);
            c32 = ai.fma(b2, c32);
            ai = FloatVector.broadcast(S, pa[a + 4]);
            c40 = ai.fma(b0, c40);
            c41 = ai.fma(b1, c41);
            c42 = ai.fma(b2, c42);
            ai = FloatVector.broadcast(S, pa[a + 5]);
            c50 = ai.fma(b0, c50);
            c51 = ai.fma(b1, c51);
            c52 = ai.fma(b2, c52);
            ai = FloatVector.broadcast(S, pa[a + 6]);
            c60 = ai.fma(b0, c60);
            c61 = ai.fma(b1, c61);
            c62 = ai.fma(b2, c62);
            ai = FloatVector.broadcast(S, pa[a + 7]);
            c70 = ai.fma(b0, c70);
            c71 = ai.fma(b1, c71);
            c72 = ai.fma(b2, c72);
        }
        c00.intoArray(c, co + 0 * ldc + 0 * L);
        c01.intoArray(c, co + 0 * ldc + 1 * L);
        c02.intoArray(c, co + 0 * ldc + 2 * L);
        c10.intoArray(c, co + 1 * ldc + 0 * L);
        c11.intoArray(c, co + 1 * ldc + 1 * L);
        c12.intoArray(c, co + 1 * ldc + 2 * L);
        c20.intoArray(c, co + 2 * ldc + 0 * L);
        c21.intoArray(c, co + 2 * ldc + 1 * L);
        c22.intoArray(c, co + 2 * ldc + 2 * L);
        c30.intoArray(c, co + 3 * ldc + 0 * L);
        c31.intoArray(c, co + 3 * ldc + 1 * L);
        c32.intoArray(c, co + 3 * ldc + 2 * L);
        c40.intoArray(c, co + 4 * ldc + 0 * L);
        c41.intoArray(c, co + 4 * ldc + 1 * L);
        c42.intoArray(c, co + 4 * ldc + 2 * L);
        c50.intoArray(c, co + 5 * ldc + 0 * L);
        c51.intoArray(c, co + 5 * ldc + 1 * L);
        c52.intoArray(c, co + 5 * ldc + 2 * L);
        c60.intoArray(c, co + 6 * ldc + 0 * L);
        c61.intoArray(c, co + 6 * ldc + 1 * L);
        c62.intoArray(c, co + 6 * ldc + 2 * L);
        c70.intoArray(c, co + 7 * ldc + 0 * L);
        c71.intoArray(c, co + 7 * ldc + 1 * L);
        c72.intoArray(c, co + 7 * ldc + 2 * L);
    }

    private static FloatVector load(float[] c, int offset, boolean add) {
        return add ? FloatVector.fromArray(S, c, offset) : FloatVector.zero(S);
    }
}
