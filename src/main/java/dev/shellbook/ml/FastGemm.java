package dev.shellbook.ml;

import dev.shellbook.ml.kernel.Dgemm;
import dev.shellbook.ml.kernel.Sgemm;
import dev.shellbook.ml.kernel.Workers;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.data.Matrix;

/**
 * {@link Gemm} on the blocked kernel ({@link Dgemm}, {@link Sgemm}): packed panels, register tiles on the Vector
 * API where the JVM has it (bit-for-bit the same scalar fallback where not), split over the threads of its
 * {@link Workers}. The transposes are strides into the operands, never copies. Each product checks its shapes
 * and reshapes {@code c}, as EJML does.
 */
public final class FastGemm implements Gemm {
    static final FastGemm SHARED = new FastGemm(true, Workers.shared());

    private final Dgemm d;
    private final Sgemm s;

    /** A kernel on {@code workers}; {@code vector = false} forces the scalar micro-kernels (for comparisons). */
    public FastGemm(boolean vector, Workers workers) {
        this.d = new Dgemm(vector, workers);
        this.s = new Sgemm(vector, workers);
    }

    @Override
    public void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        // c (m×n) = a (m×k) · b (k×n)
        int m = a.numRows, k = check(a, a.numCols, b, b.numRows, c), n = b.numCols;
        c.reshape(m, n);
        d.multiply(m, n, k, a.data, k, 1, b.data, n, 1, c.data);
    }

    @Override
    public void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        // c (m×n) = aᵀ · b, a is k×m, b is k×n
        int m = a.numCols, k = check(a, a.numRows, b, b.numRows, c), n = b.numCols;
        c.reshape(m, n);
        d.multiply(m, n, k, a.data, 1, m, b.data, n, 1, c.data);
    }

    @Override
    public void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        // c (m×n) = a · bᵀ, a is m×k, b is n×k
        int m = a.numRows, k = check(a, a.numCols, b, b.numCols, c), n = b.numRows;
        c.reshape(m, n);
        d.multiply(m, n, k, a.data, k, 1, b.data, 1, k, c.data);
    }

    @Override
    public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        int m = a.numRows, k = check(a, a.numCols, b, b.numRows, c), n = b.numCols;
        c.reshape(m, n);
        s.multiply(m, n, k, a.data, k, 1, b.data, n, 1, c.data);
    }

    @Override
    public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        int m = a.numCols, k = check(a, a.numRows, b, b.numRows, c), n = b.numCols;
        c.reshape(m, n);
        s.multiply(m, n, k, a.data, 1, m, b.data, n, 1, c.data);
    }

    @Override
    public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        int m = a.numRows, k = check(a, a.numCols, b, b.numCols, c), n = b.numRows;
        c.reshape(m, n);
        s.multiply(m, n, k, a.data, k, 1, b.data, 1, k, c.data);
    }

    /** The inner dimension, once a's and b's agree and c is neither of them. */
    private static int check(Matrix a, int ka, Matrix b, int kb, Matrix c) {
        if (ka != kb) {
            throw new IllegalArgumentException("Gemm: inner dimensions differ: " + a.getNumRows() + "×"
                    + a.getNumCols() + " and " + b.getNumRows() + "×" + b.getNumCols());
        }
        if (c == a || c == b) {
            throw new IllegalArgumentException("Gemm: the result matrix must not be an operand");
        }
        return ka;
    }

    @Override
    public String toString() {
        return "FastGemm[" + dev.shellbook.ml.kernel.Vectors.describe() + "]";
    }
}
