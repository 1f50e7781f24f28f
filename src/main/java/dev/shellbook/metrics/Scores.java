package dev.shellbook.metrics;

import org.ejml.data.DMatrixRMaj;

/** Checks shared by the score-based metrics ({@link Roc}, {@link ThresholdSweep}). */
final class Scores {
    private Scores() {}

    /** Fails unless scores and labels have the same length and no score is NaN. */
    static void check(String what, double[] scores, int[] actual) {
        if (scores == null || actual == null) {
            throw new IllegalArgumentException(what + ": expected scores and actual labels, found null");
        }
        if (scores.length != actual.length) {
            throw new IllegalArgumentException(what + ": scores has " + scores.length + " values, actual has "
                    + actual.length + " labels");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException(what + ": scores[" + i + "] is NaN, expected a number");
            }
        }
    }

    /** Column {@code c} of an n×k probability matrix: the score of class {@code c} for every example. */
    static double[] column(String what, DMatrixRMaj probs, int c) {
        if (probs == null || c < 0 || c >= probs.numCols) {
            String shape = probs == null ? "null" : probs.numRows + "×" + probs.numCols;
            throw new IllegalArgumentException(what + ": expected a class column 0..k-1 of an n×k matrix, found column "
                    + c + " of " + shape);
        }
        double[] column = new double[probs.numRows];
        for (int i = 0; i < column.length; i++) {
            column[i] = probs.get(i, c);
        }
        return column;
    }

    /** Number of labels equal to {@code positive}. */
    static long positives(int[] actual, int positive) {
        long count = 0;
        for (int label : actual) {
            if (label == positive) count++;
        }
        return count;
    }
}
