package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LossesTest {
    @Test
    void crossEntropyIsMeanNegativeLogOfTheLabelsProbability() {
        DMatrixRMaj p = SoftmaxTest.m(2, 3, 0.1, 0.3, 0.6, 0.3, 0.2, 0.5);
        assertEquals(-(Math.log(0.6) + Math.log(0.3)) / 2, Losses.crossEntropy(p, new int[] {2, 0}), 1e-15);
    }

    @Test
    void zeroProbabilityIsClippedNotInfinite() {
        DMatrixRMaj p = SoftmaxTest.m(1, 2, 1, 0);
        assertEquals(-Math.log(1e-12), Losses.crossEntropy(p, new int[] {1}), 1e-9);
    }

    @Test
    void fromLogitsEqualsFromProbabilitiesAndStaysFinite() {
        DMatrixRMaj z = SoftmaxTest.m(2, 3, 1, 2, 3, -1, 0.5, 4);
        int[] y = {0, 2};
        assertEquals(Losses.crossEntropy(Softmax.rows(z), y), Losses.crossEntropyFromLogits(z, y), 1e-14);
        assertEquals(2000, Losses.crossEntropyFromLogits(SoftmaxTest.m(1, 2, 1000, -1000), new int[] {1}), 1e-9);
    }

    @Test
    void binaryCrossEntropyFromProbabilitiesAndLogitsAgree() {
        DMatrixRMaj z = SoftmaxTest.m(4, 1, -2, 0, 0.5, 3);
        int[] y = {0, 1, 1, 0};
        double expected = -(Math.log(1 - Activations.sigmoid(-2)) + Math.log(0.5) + Math.log(Activations.sigmoid(0.5))
                + Math.log(1 - Activations.sigmoid(3))) / 4;
        assertEquals(expected, Losses.binaryCrossEntropy(Activations.sigmoid(z), y), 1e-14);
        assertEquals(expected, Losses.binaryCrossEntropyFromLogits(z, y), 1e-14);
    }

    @Test
    void mseAndShapeErrors() {
        assertEquals(2.5, Losses.mse(SoftmaxTest.m(1, 2, 1, 2), SoftmaxTest.m(1, 2, 2, 4)), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(SoftmaxTest.m(2, 2, 1, 0, 0, 1), new int[] {1}));
        assertEquals("crossEntropy: expected 1×2 (one row per label), found 2×2", e.getMessage());
    }

    @Test
    void sigmoidIsStableAtBothEnds() {
        assertEquals(1.0, Activations.sigmoid(800), 0);
        assertEquals(0.0, Activations.sigmoid(-800), 0);
        assertEquals(0.5, Activations.sigmoid(0), 0);
        assertArrayEquals(new double[] {0, 0, 2}, Activations.relu(SoftmaxTest.m(1, 3, -1, 0, 2)).data, 0);
    }
}
