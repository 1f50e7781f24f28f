package dev.shellbook.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A chart as text for any terminal: line charts as a braille plot ({@link BraillePlot}), heat maps and image
 * grids as shaded blocks ({@link BlockPlot}). Colour only where asked for, so {@code NO_COLOR} is the caller's
 * one decision.
 */
public final class TextPlots {
    private TextPlots() {}

    /** The plot as lines of text at most {@code width} columns wide, with ANSI colours when {@code colour}. */
    public static String render(Plot plot, int width, boolean colour) {
        if (plot instanceof Plot.Lines lines) {
            return new BraillePlot(lines, width, colour).render();
        }
        if (plot instanceof Plot.Cells cells) {
            return BlockPlot.cells(cells, width);
        }
        return BlockPlot.images((Plot.Images) plot, width);
    }

    /** The text plot of the chart in {@code png}, from the {@code .plot} file beside it, if there is one. */
    public static Optional<String> forChart(Path png, int width, boolean colour) {
        Path file = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", "") + ".plot");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(render(PlotFile.read(Files.readString(file, StandardCharsets.UTF_8)), width, colour));
        } catch (IOException | RuntimeException e) { // a damaged plot file costs the picture, not the lesson
            return Optional.empty();
        }
    }
}
