package dev.shellbook.metrics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A k×k table of counts: row = actual class, column = predicted class, so the diagonal holds the correct answers.
 *
 * <p>Every class has a row and a column, in numeric order, even one that never occurs or is never predicted
 * (Tablesaw's {@code xTabCounts} sorts labels as strings and drops missing ones, so it is not used here).
 */
public final class ConfusionMatrix {
    private final int[][] counts;
    private final String[] classNames;

    private ConfusionMatrix(int[][] counts, String[] classNames) {
        this.counts = counts;
        this.classNames = classNames;
    }

    /** Counts how often each actual class was predicted as each class; labels must be in 0..classNames.length-1. */
    public static ConfusionMatrix of(int[] actual, int[] predicted, String[] classNames) {
        Tables.sameLength("confusion matrix", actual, predicted);
        checkNames(classNames);
        int k = classNames.length;
        int[][] counts = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            counts[checkLabel("actual", actual, i, k)][checkLabel("predicted", predicted, i, k)]++;
        }
        return new ConfusionMatrix(counts, classNames.clone());
    }

    /** Same as {@link #of(int[], int[], String[])} with classes named {@code "0"}, {@code "1"}, ... */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("confusion matrix: expected at least 1 class, found " + classes);
        }
        String[] names = new String[classes];
        Arrays.setAll(names, Integer::toString);
        return of(actual, predicted, names);
    }

    /** A copy of the counts, {@code counts()[actual][predicted]}. */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        Arrays.setAll(copy, i -> counts[i].clone());
        return copy;
    }

    /** How many examples of class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        checkClass("actual", actual);
        checkClass("predicted", predicted);
        return counts[actual][predicted];
    }

    /** Number of classes k. */
    public int classes() {
        return counts.length;
    }

    /** A copy of the class names, in numeric order. */
    public String[] classNames() {
        return classNames.clone();
    }

    /** Number of examples counted. */
    public long total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).asLongStream().sum();
    }

    /** Number of examples on the diagonal (predicted correctly). */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < classes(); c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** The counts of class {@code positive} against all the other classes. */
    public BinaryCounts binary(int positive) {
        checkClass("positive", positive);
        long tp = counts[positive][positive];
        long actualPositives = Arrays.stream(counts[positive]).asLongStream().sum();
        long predictedPositives = Arrays.stream(counts).mapToLong(row -> row[positive]).sum();
        long fp = predictedPositives - tp;
        long fn = actualPositives - tp;
        return new BinaryCounts(tp, fp, total() - tp - fp - fn, fn);
    }

    /** Per-class precision, recall, F1, specificity, FPR and support, with macro and weighted averages. */
    public ClassificationReport report() {
        return ClassificationReport.of(this);
    }

    /** First column {@code actual \ predicted} holds the class names, then one count column per class. */
    public Table toTable() {
        Table table = Table.create("confusion matrix (" + total() + " examples)",
                StringColumn.create("actual \\ predicted", classNames));
        for (int p = 0; p < classes(); p++) {
            final int column = p;
            int[] values = Arrays.stream(counts).mapToInt(row -> row[column]).toArray();
            table.addColumns(IntColumn.create(classNames[p], values));
        }
        return table;
    }

    /** The whole table as text. */
    @Override
    public String toString() {
        return toTable().printAll();
    }

    private static void checkNames(String[] names) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("confusion matrix: expected at least 1 class name, found none");
        }
        Set<String> seen = new HashSet<>(Arrays.asList(names));
        if (seen.size() != names.length || seen.contains(null) || seen.contains("actual \\ predicted")) {
            throw new IllegalArgumentException("confusion matrix: expected distinct, non-null class names, found "
                    + Arrays.toString(names));
        }
    }

    private static int checkLabel(String which, int[] labels, int i, int k) {
        if (labels[i] < 0 || labels[i] >= k) {
            throw new IllegalArgumentException("confusion matrix: " + which + "[" + i + "] = " + labels[i]
                    + ", expected a class in 0.." + (k - 1) + " (" + k + " class names)");
        }
        return labels[i];
    }

    private void checkClass(String which, int c) {
        if (c < 0 || c >= classes()) {
            throw new IllegalArgumentException("confusion matrix: " + which + " class " + c + ", expected 0.."
                    + (classes() - 1));
        }
    }
}
