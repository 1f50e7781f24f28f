package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RocTest {
    private static final double EPS = 1e-12;
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.3, 0.1};
    private static final int[] ACTUAL = {1, 1, 0, 0, 1};

    @Test
    void tiedScoresEnterTogetherAsOneDiagonalStep() {
        Roc roc = Roc.of(SCORES, ACTUAL, 1);
        assertArrayEquals(new double[] {0, 0, 0.5, 1, 1}, roc.fpr(), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1}, roc.tpr(), EPS);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.3, 0.1}, roc.thresholds(), EPS);
    }

    @Test
    void aucIsTheHandComputedArea() {
        assertEquals(7.0 / 12, Roc.of(SCORES, ACTUAL, 1).auc(), EPS);
    }

    @Test
    void aucEqualsMannWhitneyWithManyTies() {
        Random random = new Random(7);
        double[] scores = new double[300];
        int[] actual = new int[300];
        for (int i = 0; i < scores.length; i++) {
            actual[i] = random.nextInt(3);
            scores[i] = Math.round((random.nextDouble() + (actual[i] == 2 ? 0.3 : 0)) * 10) / 10.0;
        }
        assertEquals(mannWhitney(scores, actual, 2), Roc.of(scores, actual, 2).auc(), 1e-12);
    }

    @Test
    void perfectRankingHasAreaOneAndReversedZero() {
        int[] actual = {0, 0, 1, 1};
        assertEquals(1.0, Roc.of(new double[] {0.1, 0.2, 0.7, 0.8}, actual, 1).auc(), EPS);
        assertEquals(0.0, Roc.of(new double[] {0.9, 0.8, 0.2, 0.1}, actual, 1).auc(), EPS);
    }

    @Test
    void oneVsRestUsesTheClassColumn() {
        DMatrixRMaj probs = new DMatrixRMaj(new double[][] {{0.7, 0.3}, {0.4, 0.6}, {0.2, 0.8}});
        Roc roc = Roc.oneVsRest(probs, new int[] {0, 1, 1}, 1);
        assertEquals(1.0, roc.auc(), EPS);
        assertEquals(3, roc.toTable().columnCount());
    }

    @Test
    void singleClassIsRejectedWithCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {0.1, 0.2}, new int[] {1, 1}, 1));
        assertEquals("roc: expected examples of class 1 and of other classes, found 2 positive and 0 negative of 2",
                e.getMessage());
    }

    @Test
    void mismatchedLengthsAndNaNAreNamed() {
        assertEquals("roc: scores has 2 values, actual has 3 labels", assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[2], new int[3], 1)).getMessage());
        assertEquals("roc: scores[1] is NaN, expected a number", assertThrows(IllegalArgumentException.class,
                () -> Roc.of(new double[] {0, Double.NaN}, new int[] {0, 1}, 1)).getMessage());
    }

    private static double mannWhitney(double[] scores, int[] actual, int positive) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (actual[i] == positive && actual[j] != positive) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
