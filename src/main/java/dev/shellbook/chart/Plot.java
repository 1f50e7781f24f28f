package dev.shellbook.chart;

import java.util.List;

/**
 * A chart's data, as much as a text plot needs: the lines of a line chart, the values of a heat map, or the
 * pixels of an image grid. Saved beside the PNG as {@code <name>.plot} ({@link PlotFile}) and drawn in the
 * terminal by {@link TextPlots}.
 */
public sealed interface Plot permits Plot.Lines, Plot.Cells, Plot.Images {

    /** The chart's title ({@code ""} when it has none). */
    String title();

    /**
     * One line of a line chart; points with a NaN y are gaps.
     *
     * @param reference a guide such as ROC's chance diagonal, drawn like the others but named as such
     */
    record Series(String name, double[] x, double[] y, boolean reference) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("plot: series \"" + name + "\" has " + x.length + " x and "
                        + y.length + " y values");
            }
        }
    }

    /** A line chart: loss or accuracy per epoch, a ROC curve, a function plot. */
    record Lines(String title, String xLabel, String yLabel, List<Series> series) implements Plot {
        public Lines {
            series = List.copyOf(series);
        }
    }

    /**
     * A heat map: {@code values[r][c]} is the cell in row {@code r} (from the top) and column {@code c} (from the
     * left), as the PNG shows it.
     */
    record Cells(String title, String xLabel, String yLabel, List<String> columns, List<String> rows,
            double[][] values) implements Plot {
        public Cells {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** One grey image of an image grid: {@code side × side} levels 0 (black) to 255 (white), row by row. */
    record Tile(String title, int side, int[] gray) {
        public Tile {
            if (gray.length != side * side) {
                throw new IllegalArgumentException("plot: an image of side " + side + " needs " + side * side
                        + " levels, found " + gray.length);
            }
        }
    }

    /** A grid of small images with titles, {@code columns} per row. */
    record Images(String title, int columns, List<Tile> tiles) implements Plot {
        public Images {
            tiles = List.copyOf(tiles);
        }
    }
}
