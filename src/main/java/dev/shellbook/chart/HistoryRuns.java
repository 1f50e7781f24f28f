package dev.shellbook.chart;

import dev.shellbook.ml.EpochStats;
import dev.shellbook.ml.History;

/** Reads the per-epoch numbers of an {@code ml} {@link History} into a {@link HistoryCharts.Run}. */
final class HistoryRuns {
    private HistoryRuns() {}

    /** The run of {@code history}, named after it, or {@code fallback} when it has no name. */
    static HistoryCharts.Run of(History history, String fallback) {
        if (history == null) {
            throw new IllegalArgumentException("chart: expected a training history, found null");
        }
        String name = history.name() == null || history.name().isBlank() ? fallback : history.name();
        double[] epochs = history.epochs().stream().mapToDouble(EpochStats::epoch).toArray();
        return new HistoryCharts.Run(name, epochs, history.losses(), history.validationLosses(),
                history.trainAccuracies(), history.testAccuracies());
    }
}
