package dev.shellbook.ml;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix's rows as separate Java arrays, which the kernels need (see {@link SoftmaxKernel}), as float64 copies
 * ({@link #of}) or rounded to float32 ({@link #floats}). Copying 60,000 × 784 doubles costs ~0.1–0.3 s plus the
 * garbage collector's work, so the last copy of each kind is kept (softly, freed under memory pressure) and reused
 * when the same matrix comes again with the same contents; checking the contents is one vectorised compare, ~5×
 * cheaper than copying. The kernels only read the rows.
 */
final class RowArrays {
    private record Entry<T>(WeakReference<double[]> source, int rows, int cols, T copy) {
        boolean isOf(DMatrixRMaj m) {
            return source.get() == m.data && rows == m.numRows && cols == m.numCols;
        }
    }

    private static SoftReference<Entry<double[][]>> last = new SoftReference<>(null);
    private static SoftReference<Entry<float[][]>> lastFloats = new SoftReference<>(null);

    private RowArrays() {}

    /** The rows of {@code m}, each a new array or the still-equal arrays of the previous call. */
    static synchronized double[][] of(DMatrixRMaj m) {
        Entry<double[][]> e = last.get();
        int d = m.numCols;
        if (e != null && e.isOf(m) && all(m, i -> Arrays.equals(m.data, i * d, i * d + d, e.copy()[i], 0, d))) {
            return e.copy();
        }
        double[][] copy = new double[m.numRows][];
        IntStream.range(0, copy.length).parallel().forEach(i -> copy[i] = Arrays.copyOfRange(m.data, i * d, i * d + d));
        last = new SoftReference<>(new Entry<>(new WeakReference<>(m.data), m.numRows, m.numCols, copy));
        return copy;
    }

    /**
     * The rows of {@code m} rounded to float32 (round to nearest), each a new array or the arrays of the previous
     * call when {@code m} still rounds to them. Half the bytes of {@link #of} for the kernels to stream.
     */
    static synchronized float[][] floats(DMatrixRMaj m) {
        Entry<float[][]> e = lastFloats.get();
        int d = m.numCols;
        if (e != null && e.isOf(m) && all(m, i -> roundsTo(m.data, i * d, e.copy()[i]))) {
            return e.copy();
        }
        float[][] copy = new float[m.numRows][d];
        IntStream.range(0, copy.length).parallel().forEach(i -> narrow(m.data, i * d, copy[i]));
        lastFloats = new SoftReference<>(new Entry<>(new WeakReference<>(m.data), m.numRows, m.numCols, copy));
        return copy;
    }

    private static boolean all(DMatrixRMaj m, IntPredicate rowSame) {
        return IntStream.range(0, m.numRows).parallel().allMatch(rowSame);
    }

    /** row[j] = (float) data[from + j]. Modifies row. */
    private static void narrow(double[] data, int from, float[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = (float) data[from + j];
        }
    }

    private static boolean roundsTo(double[] data, int from, float[] row) {
        for (int j = 0; j < row.length; j++) {
            if (Float.floatToRawIntBits((float) data[from + j]) != Float.floatToRawIntBits(row[j])) {
                return false;
            }
        }
        return true;
    }
}
