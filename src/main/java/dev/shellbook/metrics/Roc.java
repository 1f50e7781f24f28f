package dev.shellbook.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.Table;

/**
 * The ROC curve of a score: for every distinct score used as a threshold (predict positive when
 * {@code score >= threshold}), the false positive rate and the true positive rate.
 *
 * <p>The first point is (0, 0) at threshold {@code +Infinity}; the last is (1, 1). Examples with the same score
 * enter together, so ties give one diagonal step. The area under the curve (trapezoid rule) then equals the
 * Mann–Whitney probability that a random positive scores higher than a random negative, ties counting one half.
 */
public final class Roc {
    private final double[] fpr;
    private final double[] tpr;
    private final double[] thresholds;

    private Roc(double[] fpr, double[] tpr, double[] thresholds) {
        this.fpr = fpr;
        this.tpr = tpr;
        this.thresholds = thresholds;
    }

    /** The ROC curve of {@code scores} for class {@code positive} against every other label in {@code actual}. */
    public static Roc of(double[] scores, int[] actual, int positive) {
        Scores.check("roc", scores, actual);
        long p = Scores.positives(actual, positive);
        long n = actual.length - p;
        if (p == 0 || n == 0) {
            throw new IllegalArgumentException("roc: expected examples of class " + positive + " and of other classes, found "
                    + p + " positive and " + n + " negative of " + actual.length);
        }
        return walk(scores, actual, positive, p, n);
    }

    /** The ROC curve of class {@code c} against the rest, scored by column {@code c} of n×k probabilities. */
    public static Roc oneVsRest(DMatrixRMaj probs, int[] actual, int c) {
        return of(Scores.column("roc", probs, c), actual, c);
    }

    /** False positive rates, from 0 to 1. */
    public double[] fpr() {
        return fpr.clone();
    }

    /** True positive rates (recall), from 0 to 1. */
    public double[] tpr() {
        return tpr.clone();
    }

    /** Thresholds, decreasing, starting at {@code +Infinity}. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Area under the curve by the trapezoid rule: 0.5 is guessing, 1.0 ranks every positive above every negative. */
    public double auc() {
        double area = 0;
        for (int i = 1; i < fpr.length; i++) {
            area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }
        return area;
    }

    /** Columns threshold, fpr, tpr. */
    public Table toTable() {
        return Table.create(String.format(java.util.Locale.ROOT, "roc (auc %.4f)", auc()),
                Tables.numbers("threshold", thresholds), Tables.numbers("fpr", fpr), Tables.numbers("tpr", tpr));
    }

    @Override
    public String toString() {
        return toTable().printAll();
    }

    private static Roc walk(double[] scores, int[] actual, int positive, long p, long n) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<double[]> points = new ArrayList<>(List.of(new double[] {0, 0, Double.POSITIVE_INFINITY}));
        long tp = 0, fp = 0;
        for (int i = 0; i < order.length; ) {
            double threshold = scores[order[i]];
            for (; i < order.length && scores[order[i]] == threshold; i++) {
                if (actual[order[i]] == positive) tp++; else fp++;
            }
            points.add(new double[] {(double) fp / n, (double) tp / p, threshold});
        }
        return new Roc(pick(points, 0), pick(points, 1), pick(points, 2));
    }

    private static double[] pick(List<double[]> points, int k) {
        return points.stream().mapToDouble(point -> point[k]).toArray();
    }
}
