package dev.shellbook.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The per-epoch numbers of one training run, with a name for charts and tables. */
public final class History {
    private final String name;
    private final List<EpochStats> epochs;

    public History(String name) {
        this(name, new ArrayList<>());
    }

    private History(String name, List<EpochStats> epochs) {
        this.name = name;
        this.epochs = epochs;
    }

    void add(EpochStats s) {
        epochs.add(s);
    }

    public String name() {
        return name;
    }

    /** The same epochs under another name (e.g. "lr 0.1" when comparing runs). */
    public History named(String newName) {
        return new History(newName, new ArrayList<>(epochs));
    }

    public List<EpochStats> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /** The last epoch; an IllegalStateException when nothing was trained. */
    public EpochStats last() {
        if (epochs.isEmpty()) {
            throw new IllegalStateException("History " + name + ": expected at least one epoch, found none");
        }
        return epochs.get(epochs.size() - 1);
    }

    public double[] losses() {
        return epochs.stream().mapToDouble(EpochStats::loss).toArray();
    }

    public double[] validationLosses() {
        return epochs.stream().mapToDouble(EpochStats::validationLoss).toArray();
    }

    public double[] trainAccuracies() {
        return epochs.stream().mapToDouble(EpochStats::trainAccuracy).toArray();
    }

    public double[] testAccuracies() {
        return epochs.stream().mapToDouble(EpochStats::testAccuracy).toArray();
    }

    /** Columns epoch, loss, train acc, test acc, val loss, seconds (NaN cells shown empty by Tablesaw). */
    public Table toTable() {
        return Table.create(name, IntColumn.create("epoch", epochs.stream().mapToInt(EpochStats::epoch).toArray()),
                DoubleColumn.create("loss", losses()), DoubleColumn.create("train acc", trainAccuracies()),
                DoubleColumn.create("test acc", testAccuracies()), DoubleColumn.create("val loss", validationLosses()),
                DoubleColumn.create("seconds", epochs.stream().mapToDouble(EpochStats::seconds).toArray()));
    }

    @Override
    public String toString() {
        String count = epochs.size() + (epochs.size() == 1 ? " epoch" : " epochs");
        return "History[" + name + ", " + count + (epochs.isEmpty() ? "" : ", last: " + last()) + "]";
    }
}
