package dev.shellbook.chart;

import dev.shellbook.metrics.ConfusionMatrix;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;

/** XChart heat maps: a confusion matrix with the counts in the cells, and a loss surface over two parameters. */
final class HeatMaps {
    private static final Color[] BLUES = {new Color(247, 251, 255), new Color(158, 202, 225), new Color(33, 113, 181)};
    private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};

    private HeatMaps() {}

    /** Rows = actual class (first class on top), columns = predicted class, each cell labelled with its count. */
    static HeatMapChart confusion(ConfusionMatrix cm) {
        int k = cm.classes();
        HeatMapChart chart = chart("Confusion matrix (" + cm.total() + " examples)", 130 + 56 * k, 110 + 56 * k);
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("actual");
        HeatMapStyler styler = chart.getStyler();
        styler.setRangeColors(BLUES).setShowValue(true).setValueFontColor(Color.BLACK)
                .setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 12)).setHeatMapValueDecimalPattern("0")
                .setHeatMapDecimalValueFormatter(v -> String.format(Locale.ROOT, "%.0f", v));
        styler.setXAxisLabelRotation(k > 4 ? 45 : 0);
        styler.setLegendVisible(false); // the counts are written in the cells; XChart would print "211.0" as its max
        List<String> names = List.of(cm.classNames());
        List<String> rows = new ArrayList<>(names);
        Collections.reverse(rows); // XChart draws the first y category at the bottom
        List<Number[]> cells = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                cells.add(new Number[] {p, k - 1 - a, cm.count(a, p)});
            }
        }
        chart.addSeries("count", names, rows, cells);
        return chart;
    }

    /** {@code f(x, y)} on the grid {@code xs × ys}, coloured from low (dark) to high (yellow). */
    static HeatMapChart surface(String title, String xLabel, String yLabel, double[] xs, double[] ys,
            DoubleBinaryOperator f) {
        checkAxis(title, "x", xs);
        checkAxis(title, "y", ys);
        HeatMapChart chart = chart(title, Style.WIDTH, Style.HEIGHT + 100);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        chart.getStyler().setRangeColors(VIRIDIS).setShowValue(false).setDrawBorder(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setAntiAlias(false); // antialiased cell edges leave white seams between cells
        chart.getStyler().setXAxisLabelRotation(90);
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                cells.add(new Number[] {i, j, f.applyAsDouble(xs[i], ys[j])});
            }
        }
        legendRange(chart, cells);
        chart.addSeries(title, labels(xs), labels(ys), cells);
        return chart;
    }

    /** The colour scale from the lowest to the highest value, rounded outwards to 3 significant digits. */
    private static void legendRange(HeatMapChart chart, List<Number[]> cells) {
        DoubleSummaryStatistics stats = cells.stream().mapToDouble(c -> c[2].doubleValue()).summaryStatistics();
        if (!Double.isFinite(stats.getMin()) || !Double.isFinite(stats.getMax())) {
            throw new IllegalArgumentException("chart " + chart.getTitle() + ": expected finite function values, found "
                    + stats.getMin() + ".." + stats.getMax());
        }
        MathContext three = new MathContext(3, RoundingMode.FLOOR);
        double min = new BigDecimal(stats.getMin()).round(three).doubleValue();
        double max = new BigDecimal(stats.getMax()).round(new MathContext(3, RoundingMode.CEILING)).doubleValue();
        chart.getStyler().setMin(min).setMax(Math.max(max, min + 1e-9));
    }

    private static HeatMapChart chart(String title, int width, int height) {
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(title).build();
        Style.apply(chart.getStyler());
        chart.getStyler().setPlotContentSize(1).setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return chart;
    }

    /** Axis labels: every value when there are few, otherwise about ten labelled and the rest blank. */
    private static List<String> labels(double[] values) {
        int every = Math.max(1, values.length / 10);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String label = String.format(Locale.ROOT, "%.2f", values[i]);
            labels.add(i % every == 0 ? label : " ".repeat(i % every)); // blank labels must still be distinct
        }
        return labels;
    }

    private static void checkAxis(String title, String axis, double[] values) {
        if (values == null || values.length < 2 || Arrays.stream(values).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("chart " + title + ": expected at least 2 finite " + axis
                    + " values, found " + (values == null ? "null" : Arrays.toString(values)));
        }
    }
}
