package dev.shellbook.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/** Reads a {@link Plot} off the XChart chart a figure draws, so the text plot shows exactly the chart's data. */
final class Plots {
    private Plots() {}

    /** The chart's data, or {@code null} for a kind of chart that has no text form. */
    static Plot of(Chart<?, ?> chart) {
        if (chart instanceof XYChart xy) {
            return lines(xy);
        }
        return chart instanceof HeatMapChart heat ? cells(heat) : null;
    }

    private static Plot.Lines lines(XYChart chart) {
        List<Plot.Series> series = new ArrayList<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            series.add(new Plot.Series(s.getName(), s.getXData(), s.getYData(), Color.GRAY.equals(s.getLineColor())));
        }
        return new Plot.Lines(chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle(), series);
    }

    /** XChart's heat data is {x index, y index, value} with y index 0 at the bottom; a plot's rows go top down. */
    private static Plot.Cells cells(HeatMapChart chart) {
        HeatMapSeries s = chart.getHeatMapSeries();
        int columns = s.getXData().size(), rows = s.getYData().size();
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (Number[] cell : s.getHeatData()) {
            values[rows - 1 - cell[1].intValue()][cell[0].intValue()] = cell[2].doubleValue();
        }
        List<String> top = new ArrayList<>(s.getYData().stream().map(String::valueOf).toList());
        java.util.Collections.reverse(top);
        return new Plot.Cells(chart.getTitle(), chart.getXAxisTitle(), chart.getYAxisTitle(),
                s.getXData().stream().map(String::valueOf).toList(), top, values);
    }
}
