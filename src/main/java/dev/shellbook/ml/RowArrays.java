package dev.shellbook.ml;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix's rows rounded to float32, as separate Java arrays, for the float32 softmax kernel ({@link
 * SoftmaxArrays32}): when X is a matrix, the epoch streams these 4-byte values, half the bytes of gathering each
 * batch from the doubles (measured by {@code ./shellbook bench}: the float32 epoch 1.5× slower when it gathered
 * from the doubles). Rounding 60,000 × 784 doubles costs ~0.1–0.3 s plus the garbage collector's work, so the last
 * copy is kept (softly, freed under memory pressure) and reused when the same matrix comes again with the same
 * contents; checking them is one compare, ~5× cheaper than copying. The kernel only reads the rows.
 */
final class RowArrays {
    private record Entry<T>(WeakReference<double[]> source, int rows, int cols, T copy) {
        boolean isOf(DMatrixRMaj m) {
            return source.get() == m.data && rows == m.numRows && cols == m.numCols;
        }
    }

    private static SoftReference<Entry<float[][]>> lastFloats = new SoftReference<>(null);

    private RowArrays() {}

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
