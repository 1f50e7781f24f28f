package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Seeded random data for the model tests. */
final class Synthetic {
    private Synthetic() {}

    static DMatrixRMaj x(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = r.nextDouble();
        }
        return x;
    }

    static int[] y(int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(k);
        }
        return y;
    }

    static Dataset dataset(int n, int d, int k, long seed) {
        String[] names = new String[k];
        for (int c = 0; c < k; c++) {
            names[c] = "c" + c;
        }
        return new Dataset(x(n, d, seed), y(n, k, seed + 1), names);
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double max = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            max = Math.max(max, Math.abs(a.data[i] - b.data[i]));
        }
        return max;
    }
}
