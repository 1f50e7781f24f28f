package dev.shellbook.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * Loss and accuracy per epoch for one or more training runs (say, three learning rates on one chart).
 * Works on {@link Run}, the plain numbers of a training history, so it does not depend on how the history is kept.
 */
final class HistoryCharts {
    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75)};
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    private HistoryCharts() {}

    /**
     * The numbers of one training run; arrays hold one value per epoch, {@code NaN} where nothing was measured.
     *
     * @param name             the run's name for the legend ({@code ""} when there is only one run)
     * @param epochs           epoch numbers, usually 1, 2, ...
     * @param losses           training loss
     * @param validationLosses validation loss, all NaN when none
     * @param trainAccuracies  training accuracy
     * @param heldOutAccuracies test or validation accuracy, all NaN when none
     */
    record Run(String name, double[] epochs, double[] losses, double[] validationLosses, double[] trainAccuracies,
            double[] heldOutAccuracies) {
    }

    /** Training loss, and validation loss when measured, per epoch. */
    static XYChart loss(List<Run> runs) {
        XYChart chart = Style.lineChart("Loss per epoch", "epoch", "loss");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < check(runs).size(); i++) {
            Run run = runs.get(i);
            pair(chart, used, i, run, "train", run.losses(), "validation", run.validationLosses());
        }
        return integerEpochs(chart);
    }

    /** Training accuracy, and test/validation accuracy when measured, per epoch. */
    static XYChart accuracy(List<Run> runs) {
        XYChart chart = Style.lineChart("Accuracy per epoch", "epoch", "accuracy");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < check(runs).size(); i++) {
            Run run = runs.get(i);
            String heldOut = measured(run.validationLosses()) ? "validation" : "test";
            pair(chart, used, i, run, "train", run.trainAccuracies(), heldOut, run.heldOutAccuracies());
        }
        return integerEpochs(chart);
    }

    /** One colour per run: training as a solid line, the held-out set (when measured) dashed. */
    private static void pair(XYChart chart, Set<String> used, int index, Run run, String trainLabel, double[] train,
            String heldOutLabel, double[] heldOut) {
        Color colour = PALETTE[index % PALETTE.length];
        colour(Style.line(chart, unique(used, label(run, trainLabel)), run.epochs(), train), colour);
        if (measured(heldOut)) {
            XYSeries dashed = Style.line(chart, unique(used, label(run, heldOutLabel)), run.epochs(), heldOut);
            colour(dashed, colour).setLineStyle(DASHED);
        }
    }

    private static XYSeries colour(XYSeries series, Color colour) {
        series.setLineColor(colour);
        series.setMarkerColor(colour);
        return series;
    }

    private static List<Run> check(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("chart: expected at least 1 training history, found none");
        }
        for (Run run : runs) {
            if (run.epochs().length == 0) {
                throw new IllegalArgumentException("chart: history \"" + run.name() + "\" has 0 epochs, expected at least 1");
            }
        }
        return runs;
    }

    private static String label(Run run, String what) {
        return run.name().isBlank() ? what : run.name() + " " + what;
    }

    /** XChart refuses two series with one name; a repeated name gets " (2)", " (3)", ... */
    private static String unique(Set<String> used, String label) {
        String candidate = label;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }

    private static boolean measured(double[] values) {
        return Arrays.stream(values).anyMatch(Double::isFinite);
    }

    private static XYChart integerEpochs(XYChart chart) {
        chart.getStyler().setXAxisDecimalPattern("0");
        return chart;
    }
}
