package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.ml.kernel.Logits;
import dev.shellbook.ml.kernel.Vectors;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The float32 arrays of the kernel epoch against the float64 ones. The bound on a logit, 1e-5 · (|b_c| + Σ_j
 * |x_j||w_jc|), is float32's rounding: rounding x, w and b to float32 (2^-24 relative each) and a chain of at most
 * d = 787 fused multiply-adds in float32 (each rounding 2^-24 of the partial sum) give at most (2 + d) · 2^-24 ≈
 * 4.7e-5 in the worst case, and in practice far less (errors of random sign grow like √d: ~2e-6); 1e-5 is the
 * practical bound, checked on 787 features.
 */
class SoftmaxArrays32Test {
    private static final double LOGIT_BOUND = 1e-5;

    @ParameterizedTest(name = "Vector API {0}")
    @ValueSource(booleans = {true, false})
    void logitsEqualFloat64WithinFloat32Rounding(boolean vector) {
        Dataset d = Synthetic.dataset(41, 787, 10, 3);
        SoftmaxRegression m = new SoftmaxRegression(787, 10).initNormal(0.5, 4);
        m.b.data[3] = 0.7;
        int[] order = shuffled(41, 5);
        double[] z32 = new double[41 * 10];
        double[] z64 = new double[41 * 10];
        SoftmaxArrays32 a32 = new SoftmaxArrays32(m, d, 41, vector && Vectors.enabled());
        SoftmaxArrays64 a64 = new SoftmaxArrays64(m, d, 41, false);
        a32.load();
        a64.load();
        a32.gather(order, 0, 0, 41);
        a64.gather(order, 0, 0, 41);
        a32.logits(0, 41, z32);
        a64.logits(0, 41, z64);
        for (int i = 0; i < 41; i++) {
            for (int c = 0; c < 10; c++) {
                double scale = Math.abs(m.b.data[c]);
                for (int j = 0; j < 787; j++) {
                    scale += Math.abs(d.x().get(order[i], j) * m.w.get(j, c));
                }
                double diff = Math.abs(z32[i * 10 + c] - z64[i * 10 + c]);
                assertTrue(diff <= LOGIT_BOUND * scale, "row " + i + " class " + c + ": " + diff + " > 1e-5 × " + scale);
            }
        }
    }

    @Test
    void vectorAndScalarUpdatesGiveTheSameBits() {
        Dataset d = Synthetic.dataset(37, 787, 10, 6);
        SoftmaxRegression m = new SoftmaxRegression(787, 10).initNormal(0.5, 7);
        int[] order = shuffled(37, 8);
        double[] e = new SplittableRandom(9).doubles(37 * 10, -1, 1).toArray();
        SoftmaxArrays32 vector = new SoftmaxArrays32(m, d, 37, Vectors.enabled());
        SoftmaxArrays32 scalar = new SoftmaxArrays32(m, d, 37, false);
        vector.load();
        scalar.load();
        vector.gather(order, 0, 0, 20);
        vector.gather(order, 0, 20, 37);
        scalar.gather(order, 0, 0, 37);
        vector.update(37, e, 0.1 / 37, 0, 400);
        vector.update(37, e, 0.1 / 37, 400, 787);
        scalar.update(37, e, 0.1 / 37, 0, 787);
        vector.store();
        double[] fromVector = m.w.data.clone();
        scalar.store();
        assertArrayEquals(fromVector, m.w.data, 0);
    }

    @Test
    void fourRowAndTwoRowVectorForwardPassesGiveTheSameBits() {
        Assumptions.assumeTrue(Vectors.enabled(), "the Vector API is not in this JVM");
        float[][] x = floats(Synthetic.x(4, 787, 13));
        SoftmaxRegression m = new SoftmaxRegression(787, 10).initNormal(0.5, 14);
        float[][] wt = new float[10][787];
        float[] b = new float[10];
        for (int c = 0; c < 10; c++) {
            b[c] = 0.1f * c;
            for (int j = 0; j < 787; j++) {
                wt[c][j] = (float) m.w.get(j, c);
            }
        }
        double[] quad = new double[40];
        double[] pairs = new double[40];
        Logits.quad10(x[0], x[1], x[2], x[3], wt, b, quad, 0);
        Logits.pair10(x[0], x[1], wt, b, pairs, 0);
        Logits.pair10(x[2], x[3], wt, b, pairs, 20);
        assertArrayEquals(pairs, quad, 0);
    }

    @Test
    void storeThenLoadKeepsTheFloat32Bits() {
        SoftmaxRegression m = new SoftmaxRegression(5, 3).initNormal(0.5, 1);
        Dataset none = new Dataset(new org.ejml.data.DMatrixRMaj(0, 5), new int[0], new String[] {"a"});
        SoftmaxArrays32 a = new SoftmaxArrays32(m, none, 0, false);
        a.load();
        a.store();
        double[] once = m.w.data.clone();
        a.load();
        a.store();
        assertArrayEquals(once, m.w.data, 0);
        for (double w : once) {
            assertTrue(w == (float) w, w + " is not a float32 value");
        }
    }

    @Test
    void gatheredRowsAreTheShuffledRowsRoundedToFloat32() {
        Dataset d = Synthetic.dataset(9, 6, 3, 15);
        SoftmaxRegression m = new SoftmaxRegression(6, 3).initNormal(0.5, 16);
        int[] order = shuffled(9, 17);
        SoftmaxArrays32 a = new SoftmaxArrays32(m, d, 4, false);
        a.load();
        a.gather(order, 5, 0, 4);
        double[] z = new double[4 * 3];
        a.logits(0, 4, z);
        for (int i = 0; i < 4; i++) {
            for (int c = 0; c < 3; c++) {
                // z_ic = b_c + Σ_j x_{order[5+i], j} w_jc, all in float32, as the scalar kernel sums
                float sum = (float) m.b.data[c];
                for (int j = 0; j < 6; j++) {
                    sum = Math.fma((float) d.x().get(order[5 + i], j), (float) m.w.get(j, c), sum);
                }
                assertEquals(sum, z[i * 3 + c], 1e-6, "row " + i + " class " + c);
            }
        }
    }

    private static float[][] floats(org.ejml.data.DMatrixRMaj m) {
        float[][] rows = new float[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                rows[i][j] = (float) m.get(i, j);
            }
        }
        return rows;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new Order(n, Sgd.lr(0.1).seed(seed)).next();
        return order.clone();
    }
}
