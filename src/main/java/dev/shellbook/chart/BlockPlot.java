package dev.shellbook.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Heat maps and image grids as shaded blocks ({@code  ░▒▓█}, light to dark ink), for terminals that show no
 * images. A heat map is averaged down to at most 60 columns and 20 rows; each 28×28 image becomes 14×7
 * characters, each the mean of 2×4 pixels.
 */
final class BlockPlot {
    static final String SHADES = " ░▒▓█";
    static final int MAX_COLUMNS = 60;
    static final int MAX_ROWS = 20;

    private BlockPlot() {}

    /** The heat map, the low end blank and the high end full, with its range and labels. */
    static String cells(Plot.Cells plot, int width) {
        double[][] v = plot.values();
        int rows = v.length, cols = rows == 0 ? 0 : v[0].length;
        boolean numbered = plot.columns().equals(plot.rows()) && cols <= 20;
        int labelWidth = numbered ? Math.min(16, longest(plot.rows()) + 4) : 0;
        int outCols = Math.min(cols, Math.min(MAX_COLUMNS, width - labelWidth - 2));
        int repeat = Math.max(1, Math.min(4, (Math.min(MAX_COLUMNS, width - labelWidth - 2)) / Math.max(1, outCols)));
        int outRows = Math.min(rows, MAX_ROWS);
        double[] range = range(v);
        List<String> out = new ArrayList<>();
        if (!plot.title().isBlank()) {
            out.add(plot.title());
        }
        out.add(axes(plot));
        if (numbered) {
            StringBuilder head = new StringBuilder(" ".repeat(labelWidth));
            for (int c = 0; c < outCols; c++) {
                head.append(center(Integer.toString(c), repeat));
            }
            out.add(head.toString().stripTrailing());
        }
        for (int r = 0; r < outRows; r++) {
            StringBuilder line = new StringBuilder(numbered ? label(r, plot.rows().get(r), labelWidth) : "");
            for (int c = 0; c < outCols; c++) {
                double mean = mean(v, r * rows / outRows, (r + 1) * rows / outRows, c * cols / outCols,
                        (c + 1) * cols / outCols);
                line.append(String.valueOf(shade((mean - range[0]) / (range[1] - range[0]))).repeat(repeat));
            }
            out.add(line.toString().stripTrailing());
        }
        if (!numbered && cols > 0) {
            out.add(plot.columns().get(0).strip() + " … " + plot.columns().get(cols - 1).strip() + " (left to right), "
                    + plot.rows().get(0).strip() + " … " + plot.rows().get(rows - 1).strip() + " (top to bottom)");
        }
        out.add("scale: " + SHADES.charAt(1) + " " + BraillePlot.number(range[0]) + " … " + SHADES.charAt(4) + " "
                + BraillePlot.number(range[1]));
        return String.join("\n", out) + "\n";
    }

    /** Each image as 14×7 shaded characters, as many side by side as fit, each with its title under it. */
    static String images(Plot.Images plot, int width) {
        List<Plot.Tile> tiles = plot.tiles();
        int side = tiles.isEmpty() ? 28 : tiles.get(0).side();
        int tileWidth = (side + 1) / 2, tileRows = (side + 3) / 4;
        int perRow = Math.max(1, Math.min(plot.columns(), (width + 2) / (tileWidth + 2)));
        List<String> out = new ArrayList<>();
        if (!plot.title().isBlank()) {
            out.add(plot.title());
        }
        for (int first = 0; first < tiles.size(); first += perRow) {
            List<Plot.Tile> row = tiles.subList(first, Math.min(tiles.size(), first + perRow));
            for (int r = 0; r < tileRows; r++) {
                List<String> parts = new ArrayList<>();
                for (Plot.Tile t : row) {
                    parts.add(tileRow(t, r, tileWidth));
                }
                out.add(String.join("  ", parts).stripTrailing());
            }
            for (int line = 0; line < 2; line++) {
                List<String> parts = new ArrayList<>();
                for (Plot.Tile t : row) {
                    String[] title = t.title().split(" / |\n", 2);
                    parts.add(fit(line < title.length ? title[line] : "", tileWidth));
                }
                out.add(String.join("  ", parts).stripTrailing());
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static String tileRow(Plot.Tile t, int r, int tileWidth) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < tileWidth; c++) {
            double sum = 0;
            int n = 0;
            for (int y = r * 4; y < Math.min(t.side(), r * 4 + 4); y++) {
                for (int x = c * 2; x < Math.min(t.side(), c * 2 + 2); x++) {
                    sum += t.gray()[y * t.side() + x];
                    n++;
                }
            }
            b.append(shade(n == 0 ? 0 : sum / n / 255.0));
        }
        return b.toString();
    }

    /** The block for a level in [0, 1]: blank, light, medium, dark, full. */
    static char shade(double level) {
        if (!Double.isFinite(level)) {
            return ' ';
        }
        int i = (int) Math.round(Math.max(0, Math.min(1, level)) * (SHADES.length() - 1));
        return SHADES.charAt(i);
    }

    private static double mean(double[][] v, int r0, int r1, int c0, int c1) {
        double sum = 0;
        int n = 0;
        for (int r = r0; r < Math.max(r1, r0 + 1); r++) {
            for (int c = c0; c < Math.max(c1, c0 + 1); c++) {
                if (Double.isFinite(v[r][c])) {
                    sum += v[r][c];
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double[] range(double[][] v) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double[] row : v) {
            for (double x : row) {
                if (Double.isFinite(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        return !(min < max) ? new double[] {min <= max ? min : 0, (min <= max ? min : 0) + 1} : new double[] {min, max};
    }

    private static String axes(Plot.Cells plot) {
        String y = plot.yLabel() == null || plot.yLabel().isBlank() ? "rows" : plot.yLabel();
        String x = plot.xLabel() == null || plot.xLabel().isBlank() ? "columns" : plot.xLabel();
        return "rows: " + y + ", columns: " + x;
    }

    private static String label(int index, String name, int width) {
        return fit(index + " " + name, width - 1) + " ";
    }

    private static String center(String text, int width) {
        int left = Math.max(0, (width - text.length()) / 2);
        return fit(" ".repeat(left) + text, width);
    }

    private static String fit(String text, int width) {
        String cut = text.length() > width ? text.substring(0, width) : text;
        return cut + " ".repeat(width - cut.length());
    }

    private static int longest(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }
}
