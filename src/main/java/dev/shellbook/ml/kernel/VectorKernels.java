package dev.shellbook.ml.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** Creates the Vector API micro-kernels; referenced only after {@link Vectors} has found the module. */
final class VectorKernels {
    private VectorKernels() {}

    /** 8 × 3 vectors where the vectors are 512 bits wide (AVX-512: 32 registers), else 6 × 2 (AVX2: 16). */
    static DKernel dkernel() {
        return bits() >= 512 ? new WideDKernel() : new VectorDKernel();
    }

    static SKernel skernel() {
        return bits() >= 512 ? new WideSKernel() : new VectorSKernel();
    }

    /** Width of the preferred vector, in bits. */
    static int bits() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    }

    /** {@link FmaLoop} on vectors: 12 chains of {@code c = fma(c, a, b)}; returns the operations done. */
    static double fmaRounds(long iterations, boolean float32) {
        return float32 ? floatRounds(iterations) : doubleRounds(iterations);
    }

    private static double doubleRounds(long iterations) {
        VectorSpecies<Double> s = DoubleVector.SPECIES_PREFERRED;
        DoubleVector a = DoubleVector.broadcast(s, 0.999999);
        DoubleVector b = DoubleVector.broadcast(s, 1e-6);
        DoubleVector c0 = DoubleVector.broadcast(s, 0), c1 = DoubleVector.broadcast(s, 1);
        DoubleVector c2 = DoubleVector.broadcast(s, 2), c3 = DoubleVector.broadcast(s, 3);
        DoubleVector c4 = DoubleVector.broadcast(s, 4), c5 = DoubleVector.broadcast(s, 5);
        DoubleVector c6 = DoubleVector.broadcast(s, 6), c7 = DoubleVector.broadcast(s, 7);
        DoubleVector c8 = DoubleVector.broadcast(s, 8), c9 = DoubleVector.broadcast(s, 9);
        DoubleVector c10 = DoubleVector.broadcast(s, 10), c11 = DoubleVector.broadcast(s, 11);
        for (long i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        double sink = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        return 24.0 * s.length() * iterations + (sink == 42 ? 1 : 0);
    }

    private static double floatRounds(long iterations) {
        VectorSpecies<Float> s = FloatVector.SPECIES_PREFERRED;
        FloatVector a = FloatVector.broadcast(s, 0.999999f);
        FloatVector b = FloatVector.broadcast(s, 1e-6f);
        FloatVector c0 = FloatVector.broadcast(s, 0), c1 = FloatVector.broadcast(s, 1);
        FloatVector c2 = FloatVector.broadcast(s, 2), c3 = FloatVector.broadcast(s, 3);
        FloatVector c4 = FloatVector.broadcast(s, 4), c5 = FloatVector.broadcast(s, 5);
        FloatVector c6 = FloatVector.broadcast(s, 6), c7 = FloatVector.broadcast(s, 7);
        FloatVector c8 = FloatVector.broadcast(s, 8), c9 = FloatVector.broadcast(s, 9);
        FloatVector c10 = FloatVector.broadcast(s, 10), c11 = FloatVector.broadcast(s, 11);
        for (long i = 0; i < iterations; i++) {
            c0 = c0.fma(a, b);
            c1 = c1.fma(a, b);
            c2 = c2.fma(a, b);
            c3 = c3.fma(a, b);
            c4 = c4.fma(a, b);
            c5 = c5.fma(a, b);
            c6 = c6.fma(a, b);
            c7 = c7.fma(a, b);
            c8 = c8.fma(a, b);
            c9 = c9.fma(a, b);
            c10 = c10.fma(a, b);
            c11 = c11.fma(a, b);
        }
        float sink = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        return 24.0 * s.length() * iterations + (sink == 42 ? 1 : 0);
    }
}
