package dev.shellbook.metrics;

import java.util.List;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The four counts of a yes/no classifier and the metrics computed from them.
 *
 * <p>For the lessons' story (1,000 employees, 10 leave), a model that predicts nobody leaves is
 * {@code new BinaryCounts(0, 0, 990, 10)}: accuracy 0.99, recall 0, and its precision is undefined.
 *
 * @param tp true positives: positive and predicted positive
 * @param fp false positives: negative but predicted positive
 * @param tn true negatives: negative and predicted negative
 * @param fn false negatives: positive but predicted negative
 */
public record BinaryCounts(long tp, long fp, long tn, long fn) {

    /** Rejects negative counts. */
    public BinaryCounts {
        if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
            throw new IllegalArgumentException("binary counts: expected counts >= 0, found tp=" + tp + ", fp=" + fp
                    + ", tn=" + tn + ", fn=" + fn);
        }
    }

    /** Counts {@code positive} against every other label (one class against the rest). */
    public static BinaryCounts of(int[] actual, int[] predicted, int positive) {
        Tables.sameLength("binary counts", actual, predicted);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean isPositive = actual[i] == positive;
            boolean saidPositive = predicted[i] == positive;
            if (isPositive) {
                if (saidPositive) tp++; else fn++;
            } else {
                if (saidPositive) fp++; else tn++;
            }
        }
        return new BinaryCounts(tp, fp, tn, fn);
    }

    /** Number of examples. */
    public long total() {
        return tp + fp + tn + fn;
    }

    /** Actual positives (the support of the positive class): tp + fn. */
    public long positives() {
        return tp + fn;
    }

    /** Actual negatives: tn + fp. */
    public long negatives() {
        return tn + fp;
    }

    /** (tp + tn) / all. */
    public Metric accuracy() {
        return Metric.ratio("accuracy", tp + tn, total(), "no examples");
    }

    /** tp / (tp + fp): of those flagged positive, the share that are. */
    public Metric precision() {
        return Metric.ratio("precision", tp, tp + fp, "no positive predictions");
    }

    /** tp / (tp + fn), also called sensitivity or true positive rate: of the positives, the share found. */
    public Metric recall() {
        return Metric.ratio("recall", tp, tp + fn, "no actual positives");
    }

    /** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall (0 when tp is 0 and there is anything to find or flag). */
    public Metric f1() {
        return Metric.ratio("f1", 2.0 * tp, 2.0 * tp + fp + fn, "no actual positives and no positive predictions");
    }

    /** tn / (tn + fp), the true negative rate. */
    public Metric specificity() {
        return Metric.ratio("specificity", tn, tn + fp, "no actual negatives");
    }

    /** fp / (fp + tn), the false positive rate (1 - specificity). */
    public Metric fpr() {
        return Metric.ratio("fpr", fp, fp + tn, "no actual negatives");
    }

    /** All six metrics in a fixed order: accuracy, precision, recall, f1, specificity, fpr. */
    public List<Metric> metrics() {
        return List.of(accuracy(), precision(), recall(), f1(), specificity(), fpr());
    }

    /** One row per metric: metric, value (undefined shown as {@code undefined}), note. */
    public Table toTable() {
        return Tables.ofMetrics("binary metrics (tp=" + tp + ", fp=" + fp + ", tn=" + tn + ", fn=" + fn + ")",
                metrics());
    }

    /** The 2×2 counts laid out like a confusion matrix: rows actual, columns predicted, positive first. */
    public Table countsTable() {
        StringColumn actual = StringColumn.create("actual \\ predicted", "positive", "negative");
        LongColumn positive = LongColumn.create("positive", tp, fp);
        LongColumn negative = LongColumn.create("negative", fn, tn);
        return Table.create("binary counts", actual, positive, negative);
    }

    /** The counts and every metric, one per line. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("tp=" + tp + ", fp=" + fp + ", tn=" + tn + ", fn=" + fn);
        metrics().forEach(m -> out.append('\n').append(m.name()).append(": ").append(m));
        return out.toString();
    }
}
