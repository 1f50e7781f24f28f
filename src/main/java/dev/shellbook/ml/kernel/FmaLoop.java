package dev.shellbook.ml.kernel;

/**
 * The peak probe's compute loop: twelve independent fused multiply-add chains (enough to cover the FMA latency on
 * two FMA ports), on the widest vectors this JVM runs ({@link Vectors}), or on scalars where it has no Vector API.
 * What it measures is the ceiling a micro-kernel with the same instructions can reach on this thread.
 */
public final class FmaLoop {
    private FmaLoop() {}

    /** Runs {@code iterations} rounds on this thread; returns the floating-point operations done (2 per fma lane). */
    public static double run(long iterations, boolean float32) {
        return Vectors.enabled() ? VectorKernels.fmaRounds(iterations, float32) : scalar(iterations);
    }

    /** Operations done by the scalar loop (12 chains, 2 per fma). */
    private static double scalar(long iterations) {
        double c0 = 0, c1 = 1, c2 = 2, c3 = 3, c4 = 4, c5 = 5, c6 = 6, c7 = 7, c8 = 8, c9 = 9, c10 = 10, c11 = 11;
        final double a = 0.999999;
        final double b = 1e-6;
        for (long i = 0; i < iterations; i++) {
            c0 = Math.fma(c0, a, b);
            c1 = Math.fma(c1, a, b);
            c2 = Math.fma(c2, a, b);
            c3 = Math.fma(c3, a, b);
            c4 = Math.fma(c4, a, b);
            c5 = Math.fma(c5, a, b);
            c6 = Math.fma(c6, a, b);
            c7 = Math.fma(c7, a, b);
            c8 = Math.fma(c8, a, b);
            c9 = Math.fma(c9, a, b);
            c10 = Math.fma(c10, a, b);
            c11 = Math.fma(c11, a, b);
        }
        double sink = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11;
        return 24.0 * iterations + (sink == 42 ? 1 : 0);
    }
}
