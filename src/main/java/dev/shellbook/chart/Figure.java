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
 */
record Figure(int width, int height, Painter painter, Chart<?, ?> xchart) {

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
        return new Figure(chart.getWidth(), chart.getHeight(), chart::paint, chart);
    }

    /** A figure drawn with plain Java2D. */
    static Figure drawn(int width, int height, Painter painter) {
        return new Figure(width, height, painter, null);
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
