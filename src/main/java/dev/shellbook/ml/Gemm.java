package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;

/**
 * The three products of a dense layer on row-major matrices: forward {@code A·W}, weight gradient {@code Aᵀ·G} and
 * input gradient {@code G·Wᵀ}, in float64 and float32. Each method reshapes and overwrites {@code c} and modifies
 * nothing else; {@code c} must not be {@code a} or {@code b}.
 *
 * <p>{@link #ejml()} is EJML's {@code CommonOps_DDRM}/{@code CommonOps_FDRM}: the formulation as written on the
 * board, kept beside every faster implementation and tested equal to it.
 */
public interface Gemm {
    /** c = a·b */
    void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** c = aᵀ·b */
    void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** c = a·bᵀ */
    void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);

    /** c = a·b (float32) */
    void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** c = aᵀ·b (float32) */
    void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** c = a·bᵀ (float32) */
    void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** EJML's dense kernels. */
    static Gemm ejml() {
        return EjmlGemm.INSTANCE;
    }

    /**
     * The fastest implementation this JVM offers: the blocked kernel ({@link FastGemm}) on both cores, on the Vector
     * API where the JVM has {@code jdk.incubator.vector}, else its scalar fallback (the same results).
     */
    static Gemm fast() {
        return FastGemm.SHARED;
    }
}
