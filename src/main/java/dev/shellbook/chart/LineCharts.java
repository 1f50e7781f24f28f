package dev.shellbook.chart;

import dev.shellbook.metrics.Roc;
import dev.shellbook.metrics.ThresholdSweep;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;

/** Builds the XChart line charts: any series, function plots, ROC curves, precision/recall against threshold. */
final class LineCharts {
    static final int FUNCTION_POINTS = 201;

    private LineCharts() {}

    /** One line per entry of {@code series}, all over the same {@code x}, in the map's order. */
    static XYChart lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        if (x == null || series == null || series.isEmpty()) {
            throw new IllegalArgumentException("chart " + title + ": expected x values and at least 1 series, found "
                    + (x == null ? "no x" : series == null ? "no series" : "0 series"));
        }
        XYChart chart = Style.lineChart(title, xLabel, yLabel);
        series.forEach((name, y) -> Style.line(chart, name, x, y));
        return chart;
    }

    /** Each function sampled at {@value #FUNCTION_POINTS} evenly spaced points of [from, to]. */
    static XYChart functions(String title, double from, double to, Map<String, DoubleUnaryOperator> fns) {
        if (!(from < to) || fns == null || fns.isEmpty()) {
            throw new IllegalArgumentException("chart " + title + ": expected from < to and at least 1 function, found ["
                    + from + ", " + to + "] and " + (fns == null ? 0 : fns.size()) + " functions");
        }
        double[] x = new double[FUNCTION_POINTS];
        java.util.Arrays.setAll(x, i -> from + (to - from) * i / (FUNCTION_POINTS - 1));
        XYChart chart = Style.lineChart(title, "x", "f(x)");
        fns.forEach((name, f) -> Style.line(chart, name, x, java.util.Arrays.stream(x).map(f).toArray()));
        return chart;
    }

    /** ROC curves with the chance diagonal; each legend entry shows the AUC. */
    static XYChart roc(Map<String, Roc> curves) {
        XYChart chart = Style.lineChart("ROC curve", "false positive rate", "true positive rate (recall)");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        unitAxes(chart);
        curves.forEach((name, roc) -> Style.line(chart,
                String.format(Locale.ROOT, "%s (AUC %.3f)", name, roc.auc()), roc.fpr(), roc.tpr()));
        Style.reference(chart, "chance (AUC 0.500)", 0, 0, 1, 1);
        return chart;
    }

    /** Precision and recall against the threshold; thresholds where precision is undefined are left out. */
    static XYChart precisionRecall(ThresholdSweep sweep) {
        XYChart chart = Style.lineChart("Precision and recall against threshold", "threshold", "value");
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisDecimalPattern("0.00");
        Style.line(chart, "precision", sweep.thresholds(), sweep.precision());
        Style.line(chart, "recall", sweep.thresholds(), sweep.recall());
        return chart;
    }

    private static void unitAxes(XYChart chart) {
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0)
                .setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
    }
}
