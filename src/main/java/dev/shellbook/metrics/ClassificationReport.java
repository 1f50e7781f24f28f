package dev.shellbook.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Per-class precision, recall, F1, specificity, false positive rate and support, each class taken against the
 * rest, plus macro (plain mean over classes) and weighted (by support) averages and the overall accuracy.
 *
 * <p>An undefined value (0/0) shows as {@code undefined} in the table and is explained in {@link #notes()}.
 * Averages use the classes where the value is defined and a note names the classes left out.
 */
public final class ClassificationReport {
    /** The metric columns of the table, in order. */
    public static final List<String> METRICS = List.of("precision", "recall", "f1", "specificity", "fpr");

    private final ConfusionMatrix cm;
    private final List<BinaryCounts> perClass = new ArrayList<>();

    private ClassificationReport(ConfusionMatrix cm) {
        this.cm = cm;
        for (int c = 0; c < cm.classes(); c++) {
            perClass.add(cm.binary(c));
        }
    }

    /** The report of a confusion matrix. */
    public static ClassificationReport of(ConfusionMatrix cm) {
        if (cm == null) {
            throw new IllegalArgumentException("classification report: expected a confusion matrix, found null");
        }
        return new ClassificationReport(cm);
    }

    /** Share of all examples predicted correctly (undefined when there are no examples). */
    public double accuracy() {
        return Metric.ratio("accuracy", cm.correct(), cm.total(), "no examples").value();
    }

    /** One metric ({@code precision}, {@code recall}, {@code f1}, {@code specificity} or {@code fpr}) of a class. */
    public Metric metric(String name, int c) {
        return extractor(name).apply(counts(c));
    }

    /** The counts of class {@code c} against the rest. */
    public BinaryCounts counts(int c) {
        cm.count(c, c); // checks the class index
        return perClass.get(c);
    }

    /** Number of actual examples of class {@code c}. */
    public long support(int c) {
        return counts(c).positives();
    }

    /** Mean of a metric over the classes where it is defined. */
    public Metric macro(String name) {
        return average(name, c -> 1.0, "macro avg");
    }

    /** Support-weighted mean of a metric over the classes where it is defined. */
    public Metric weighted(String name) {
        return average(name, c -> (double) support(c), "weighted avg");
    }

    /** Why some cells are undefined and which classes each average leaves out; empty when all is defined. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (String name : METRICS) {
            for (int c = 0; c < cm.classes(); c++) {
                Metric m = metric(name, c);
                if (!m.defined()) {
                    notes.add(name + " of " + cm.classNames()[c] + " is undefined (" + m.note() + ")");
                }
            }
            addNote(notes, macro(name));
            addNote(notes, weighted(name));
        }
        return notes;
    }

    /** Rows: each class, then {@code macro avg} and {@code weighted avg}; columns: class, the metrics, support. */
    public Table toTable() {
        String title = String.format(java.util.Locale.ROOT, "classification report (accuracy %.4f, %d examples)",
                accuracy(), cm.total());
        Table table = Table.create(title, StringColumn.create("class", rowNames()));
        for (String name : METRICS) {
            table.addColumns(Tables.metrics(name, column(name)));
        }
        long[] support = new long[cm.classes() + 2];
        for (int c = 0; c < cm.classes(); c++) {
            support[c] = support(c);
        }
        support[cm.classes()] = cm.total();
        support[cm.classes() + 1] = cm.total();
        return table.addColumns(LongColumn.create("support", support));
    }

    /** The table followed by the notes. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(toTable().printAll());
        notes().forEach(n -> out.append("\nnote: ").append(n));
        return out.toString();
    }

    private List<String> rowNames() {
        List<String> names = new ArrayList<>(List.of(cm.classNames()));
        names.add("macro avg");
        names.add("weighted avg");
        return names;
    }

    private List<Metric> column(String name) {
        List<Metric> values = new ArrayList<>();
        for (int c = 0; c < cm.classes(); c++) {
            values.add(metric(name, c));
        }
        values.add(macro(name));
        values.add(weighted(name));
        return values;
    }

    private Metric average(String name, Function<Integer, Double> weightOf, String label) {
        double sum = 0, weights = 0;
        List<String> skipped = new ArrayList<>();
        for (int c = 0; c < cm.classes(); c++) {
            Metric m = metric(name, c);
            if (m.defined()) {
                sum += weightOf.apply(c) * m.value();
                weights += weightOf.apply(c);
            } else {
                skipped.add(cm.classNames()[c]);
            }
        }
        return averageMetric(label + " " + name, sum, weights, skipped);
    }

    private Metric averageMetric(String name, double sum, double weights, List<String> skipped) {
        if (weights == 0) {
            return Metric.undefined(name, "no class has a defined value with weight > 0");
        }
        String note = skipped.isEmpty() ? "" : "averages " + (cm.classes() - skipped.size()) + " of "
                + cm.classes() + " classes, leaving out " + String.join(", ", skipped) + " (undefined)";
        return new Metric(name, sum / weights, note);
    }

    private static void addNote(List<String> notes, Metric m) {
        if (!m.note().isEmpty()) {
            notes.add(m.name() + " " + (m.defined() ? m.note() : "is undefined (" + m.note() + ")"));
        }
    }

    private static Function<BinaryCounts, Metric> extractor(String name) {
        return switch (name) {
            case "precision" -> BinaryCounts::precision;
            case "recall" -> BinaryCounts::recall;
            case "f1" -> BinaryCounts::f1;
            case "specificity" -> BinaryCounts::specificity;
            case "fpr" -> BinaryCounts::fpr;
            default -> throw new IllegalArgumentException("classification report: expected one of " + METRICS
                    + ", found \"" + name + "\"");
        };
    }
}
