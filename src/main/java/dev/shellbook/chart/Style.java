package dev.shellbook.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One look for every chart: logical fonts (the same on every machine that has them), white backgrounds, fixed
 * series colours from XChart's default theme, antialiasing on.
 */
final class Style {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private Style() {}

    /** An empty line chart with titles and the common look. */
    static XYChart lineChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        return chart;
    }

    /** Fonts, colours and antialiasing shared by all XChart charts. */
    static void apply(Styler styler) {
        styler.setChartTitleFont(TITLE);
        styler.setLegendFont(TEXT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setAntiAlias(true);
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTitleFont(TEXT);
            axes.setAxisTickLabelsFont(SMALL);
            axes.setPlotGridLinesColor(new Color(225, 225, 225));
        }
    }

    /** Adds a line; points whose y is NaN (an undefined value) are left out. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("chart: series \"" + name + "\" has " + y.length + " values, x has " + x.length);
        }
        int[] keep = java.util.stream.IntStream.range(0, x.length).filter(i -> Double.isFinite(y[i])).toArray();
        if (keep.length == 0) {
            throw new IllegalArgumentException("chart: series \"" + name + "\" has no finite values, expected at least 1");
        }
        double[] xs = java.util.Arrays.stream(keep).mapToDouble(i -> x[i]).toArray();
        double[] ys = java.util.Arrays.stream(keep).mapToDouble(i -> y[i]).toArray();
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(xs.length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        return series;
    }

    /** A grey dashed reference line from (x0, y0) to (x1, y1). */
    static void reference(XYChart chart, String name, double x0, double y0, double x1, double y1) {
        XYSeries series = chart.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(Color.GRAY);
        series.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
    }
}
