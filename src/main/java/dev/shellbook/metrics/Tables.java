package dev.shellbook.metrics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Small helpers that build the Tablesaw tables of this package the same way everywhere. */
final class Tables {
    private Tables() {}

    /** Four decimals, and {@code undefined} for a missing (undefined) value. */
    static NumberColumnFormatter fourDecimals() {
        DecimalFormat format = new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new NumberColumnFormatter(format, "undefined");
    }

    /** A numeric column of metrics; undefined metrics become missing values printed as {@code undefined}. */
    static DoubleColumn metrics(String name, List<Metric> values) {
        DoubleColumn column = DoubleColumn.create(name);
        values.forEach(m -> column.append(m.value()));
        column.setPrintFormatter(fourDecimals());
        return column;
    }

    /** A numeric column printed with four decimals. */
    static DoubleColumn numbers(String name, double[] values) {
        DoubleColumn column = DoubleColumn.create(name, values);
        column.setPrintFormatter(fourDecimals());
        return column;
    }

    /** A table of metrics: one row per metric with its name, value and note. */
    static Table ofMetrics(String title, List<Metric> metrics) {
        StringColumn names = StringColumn.create("metric");
        StringColumn notes = StringColumn.create("note");
        metrics.forEach(m -> names.append(m.name()));
        metrics.forEach(m -> notes.append(m.note()));
        return Table.create(title, names, metrics("value", metrics), notes);
    }

    /** Fails unless both label arrays exist and have the same length. */
    static void sameLength(String what, int[] actual, int[] predicted) {
        if (actual == null || predicted == null) {
            throw new IllegalArgumentException(what + ": expected actual and predicted labels, found null");
        }
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(what + ": actual has " + actual.length
                    + " labels, predicted has " + predicted.length);
        }
    }
}
