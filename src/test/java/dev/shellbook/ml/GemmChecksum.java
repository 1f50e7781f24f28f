package dev.shellbook.ml;

import dev.shellbook.ml.kernel.Vectors;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Prints which micro-kernels this JVM runs and a hash of the bits of {@link Gemm#fast()}'s three products on fixed
 * inputs; {@link FastGemmTest} runs it in a JVM without {@code jdk.incubator.vector} and compares.
 */
final class GemmChecksum {
    private GemmChecksum() {}

    public static void main(String[] args) {
        System.out.println(Vectors.describe() + " " + checksum(Gemm.fast()));
    }

    static int checksum(Gemm gemm) {
        return Arrays.hashCode(products(gemm, FastGemmTest.doubles(97, 301, 11), FastGemmTest.doubles(301, 61, 12)));
    }

    /** A·W, Aᵀ·(A·W) and (A·W)·Wᵀ, one after the other. */
    static double[] products(Gemm gemm, DMatrixRMaj a, DMatrixRMaj w) {
        DMatrixRMaj aw = new DMatrixRMaj(1, 1);
        DMatrixRMaj atg = new DMatrixRMaj(1, 1);
        DMatrixRMaj gwt = new DMatrixRMaj(1, 1);
        gemm.mult(a, w, aw);
        gemm.multTransA(a, aw, atg);
        gemm.multTransB(aw, w, gwt);
        double[] all = Arrays.copyOf(aw.data, aw.getNumElements() + atg.getNumElements() + gwt.getNumElements());
        System.arraycopy(atg.data, 0, all, aw.getNumElements(), atg.getNumElements());
        System.arraycopy(gwt.data, 0, all, aw.getNumElements() + atg.getNumElements(), gwt.getNumElements());
        return all;
    }
}
