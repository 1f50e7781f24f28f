package dev.shellbook.metrics;

import java.util.Arrays;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Precision, recall and friends at a list of thresholds: predict positive when {@code score >= threshold}.
 *
 * <p>Raising the threshold flags fewer examples: precision tends to go up and recall down. At a threshold above
 * every score nothing is flagged and precision is undefined (0/0); the arrays hold {@code NaN} there and
 * {@link #counts(int)} gives the full {@link Metric} with its note.
 */
public final class ThresholdSweep {
    private final double[] thresholds;
    private final BinaryCounts[] counts;

    private ThresholdSweep(double[] thresholds, BinaryCounts[] counts) {
        this.thresholds = thresholds;
        this.counts = counts;
    }

    /** The sweep of {@code scores} for class {@code positive} against the rest, at the given thresholds. */
    public static ThresholdSweep of(double[] scores, int[] actual, int positive, double[] thresholds) {
        Scores.check("threshold sweep", scores, actual);
        if (thresholds == null || thresholds.length == 0) {
            throw new IllegalArgumentException("threshold sweep: expected at least 1 threshold, found none");
        }
        BinaryCounts[] counts = new BinaryCounts[thresholds.length];
        Arrays.setAll(counts, t -> countAt(scores, actual, positive, thresholds[t]));
        return new ThresholdSweep(thresholds.clone(), counts);
    }

    /** The sweep at {@code steps + 1} evenly spaced thresholds 0, 1/steps, ..., 1 (for probabilities). */
    public static ThresholdSweep of(double[] scores, int[] actual, int positive, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("threshold sweep: expected steps >= 1, found " + steps);
        }
        double[] thresholds = new double[steps + 1];
        Arrays.setAll(thresholds, i -> (double) i / steps);
        return of(scores, actual, positive, thresholds);
    }

    /** The sweep of class {@code c} against the rest, scored by column {@code c} of n×k probabilities. */
    public static ThresholdSweep oneVsRest(DMatrixRMaj probs, int[] actual, int c, int steps) {
        return of(Scores.column("threshold sweep", probs, c), actual, c, steps);
    }

    /** The thresholds, in the order given. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Precision at each threshold ({@code NaN} where nothing is flagged). */
    public double[] precision() {
        return values(BinaryCounts::precision);
    }

    /** Recall at each threshold ({@code NaN} only when there are no positives at all). */
    public double[] recall() {
        return values(BinaryCounts::recall);
    }

    /** F1 at each threshold. */
    public double[] f1() {
        return values(BinaryCounts::f1);
    }

    /** False positive rate at each threshold. */
    public double[] fpr() {
        return values(BinaryCounts::fpr);
    }

    /** The counts at threshold number {@code i}. */
    public BinaryCounts counts(int i) {
        if (i < 0 || i >= counts.length) {
            throw new IllegalArgumentException("threshold sweep: expected a threshold index 0.." + (counts.length - 1)
                    + ", found " + i);
        }
        return counts[i];
    }

    /** Columns threshold, tp, fp, tn, fn, precision, recall, f1, fpr (undefined shown as {@code undefined}). */
    public Table toTable() {
        Table table = Table.create("threshold sweep", Tables.numbers("threshold", thresholds));
        table.addColumns(longs("tp", BinaryCounts::tp), longs("fp", BinaryCounts::fp),
                longs("tn", BinaryCounts::tn), longs("fn", BinaryCounts::fn));
        return table.addColumns(Tables.numbers("precision", precision()), Tables.numbers("recall", recall()),
                Tables.numbers("f1", f1()), Tables.numbers("fpr", fpr()));
    }

    @Override
    public String toString() {
        return toTable().printAll();
    }

    private static BinaryCounts countAt(double[] scores, int[] actual, int positive, double threshold) {
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (actual[i] == positive) {
                if (flagged) tp++; else fn++;
            } else {
                if (flagged) fp++; else tn++;
            }
        }
        return new BinaryCounts(tp, fp, tn, fn);
    }

    private double[] values(Function<BinaryCounts, Metric> metric) {
        return Arrays.stream(counts).mapToDouble(c -> metric.apply(c).value()).toArray();
    }

    private LongColumn longs(String name, java.util.function.ToLongFunction<BinaryCounts> f) {
        return LongColumn.create(name, Arrays.stream(counts).mapToLong(f).toArray());
    }
}
