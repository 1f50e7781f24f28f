package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SoftmaxTest {
    static DMatrixRMaj m(int rows, int cols, double... v) {
        return new DMatrixRMaj(rows, cols, true, v);
    }

    @Test
    void rowsSumToOne() {
        DMatrixRMaj p = Softmax.rows(m(3, 4, 1, 2, 3, 4, -1, 0, 1, 0, 5, 5, 5, 5));
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int c = 0; c < 4; c++) {
                assertTrue(p.get(i, c) > 0);
                sum += p.get(i, c);
            }
            assertEquals(1.0, sum, 1e-15);
        }
        assertEquals(0.25, p.get(2, 1), 1e-16);
    }

    @Test
    void hugeLogitsGiveExactFiniteProbabilities() {
        DMatrixRMaj p = Softmax.rows(m(3, 2, 1000, -1000, -1000, 1000, 1000, 1000));
        assertArrayEquals(new double[] {1, 0, 0, 1, 0.5, 0.5}, p.data, 0);
        DMatrixRMaj naive = Softmax.naive(m(1, 2, 1000, -1000));
        assertTrue(Double.isNaN(naive.get(0, 0)), "the naive formula overflows: inf/inf");
    }

    @Test
    void twoClassSoftmaxIsSigmoidOfTheDifference() {
        double[] z = {-30, -3.5, -0.1, 0, 0.7, 2, 12, 40};
        for (double z0 : z) {
            for (double z1 : z) {
                double p1 = Softmax.rows(m(1, 2, z0, z1)).get(0, 1);
                assertEquals(Activations.sigmoid(z1 - z0), p1, 1e-12, z0 + ", " + z1);
            }
        }
    }

    @Test
    void inPlaceEqualsNewMatrix() {
        DMatrixRMaj z = m(2, 3, 1, 5, -2, 0.5, 0.25, 8);
        DMatrixRMaj p = Softmax.rows(z);
        Softmax.rows(z, z);
        assertArrayEquals(p.data, z.data, 0);
    }

    @Test
    void logSumExpAndLogSoftmaxStayFinite() {
        DMatrixRMaj z = m(2, 3, 1000, 1000, 1000, 1, 2, 3);
        DMatrixRMaj lse = Softmax.logSumExp(z);
        assertEquals(1000 + Math.log(3), lse.get(0, 0), 1e-12);
        assertEquals(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), lse.get(1, 0), 1e-12);
        DMatrixRMaj ls = Softmax.logSoftmax(z);
        DMatrixRMaj p = Softmax.rows(z);
        for (int i = 0; i < 6; i++) {
            assertEquals(Math.log(p.data[i]), ls.data[i], 1e-12);
        }
        assertEquals(-2000, Softmax.logSoftmax(m(1, 2, 1000, -1000)).get(0, 1), 1e-9);
    }
}
