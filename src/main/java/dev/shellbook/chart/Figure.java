package dev.shellbook.chart;

import java.awt.Graphics2D;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Something that can be drawn at a fixed size onto any {@link Graphics2D}: a bitmap for PNG, a
 * VectorGraphics2D canvas for SVG, or a window.
 *
 * @param width   width in pixels
 * @param height  height in pixels
 * @param painter draws the figure, given the graphics, the width and the height
 * @param xchart  the XChart chart behind the figure, if any (shown with SwingWrapper), or {@code null}
 * @param plot    the figure's data for a text plot, or {@code null} when it has no text form
 */
record Figure(int width, int height, Painter painter, Chart<?, ?> xchart, Plot plot) {

    /** Draws onto a graphics context of {@code width × height}. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    /** Checks the size. */
    Figure {
        if (width < 1 || height < 1 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("chart: expected a size between 1×1 and 10000×10000, found "
                    + width + "×" + height);
        }
    }

    /** A figure drawn by an XChart chart at the chart's own size. */
    static Figure of(Chart<?, ?> chart) {
        return new Figure(chart.getWidth(), chart.getHeight(), chart::paint, chart, Plots.of(chart));
    }

    /** A figure drawn with plain Java2D. */
    static Figure drawn(int width, int height, Painter painter) {
        return new Figure(width, height, painter, null, null);
    }

    /** The same figure with its data for a text plot. */
    Figure withPlot(Plot data) {
        return new Figure(width, height, painter, xchart, data);
    }

    /** The figure's data for a text plot, when it has a text form. */
    Optional<Plot> textPlot() {
        return Optional.ofNullable(plot);
    }

    /** The XChart chart, when the figure is one. */
    Optional<Chart<?, ?>> chart() {
        return Optional.ofNullable(xchart);
    }

    /** Paints the figure. */
    void paint(Graphics2D g) {
        painter.paint(g, width, height);
    }
}
