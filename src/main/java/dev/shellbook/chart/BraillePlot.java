package dev.shellbook.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart drawn with Unicode braille: each character is 2×4 dots, so 60×15 characters hold 120×60 dots.
 * The y axis is labelled at its top, middle and bottom, the x axis at its ends and middle, and a legend names
 * each line. With colour every line has its own; without, lines after the first are dashed or dotted.
 */
final class BraillePlot {
    static final int ROWS = 15;
    static final int MAX_COLUMNS = 60;
    /** Braille dot bits by [dot column][dot row] (U+2800 + bits). */
    private static final int[][] DOT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
    private static final String[] COLOURS = {"34", "31", "32", "35", "36", "33"}; // readable on dark and light
    /** Dash patterns for plain text: on/off runs of dots, by line. */
    private static final int[][] DASHES = {{1, 0}, {4, 3}, {1, 2}, {6, 2, 1, 2}};

    private final Plot.Lines plot;
    private final boolean colour;
    private final int columns;
    private final int[] bits;
    private final int[] owner;
    private final double xMin, xMax, yMin, yMax;

    BraillePlot(Plot.Lines plot, int width, boolean colour) {
        this.plot = plot;
        this.colour = colour;
        this.columns = Math.max(20, Math.min(MAX_COLUMNS, width - 12));
        this.bits = new int[columns * ROWS];
        this.owner = new int[columns * ROWS];
        double[] x = range(plot, true), y = range(plot, false);
        xMin = x[0];
        xMax = x[1];
        yMin = y[0];
        yMax = y[1];
    }

    String render() {
        for (int i = 0; i < plot.series().size(); i++) {
            draw(plot.series().get(i), i);
        }
        List<String> out = new ArrayList<>();
        if (!plot.title().isBlank()) {
            out.add(plot.title());
        }
        if (!plot.yLabel().isBlank()) {
            out.add(plot.yLabel());
        }
        String top = label(yMax, yMax - yMin), middle = label((yMin + yMax) / 2, yMax - yMin);
        String bottom = label(yMin, yMax - yMin);
        int gutter = Math.max(top.length(), Math.max(middle.length(), bottom.length())) + 1;
        for (int r = 0; r < ROWS; r++) {
            String label = r == 0 ? top : r == ROWS / 2 ? middle : r == ROWS - 1 ? bottom : "";
            out.add(pad(label, gutter) + (label.isEmpty() ? "│" : "┤") + row(r));
        }
        out.addAll(xAxis(gutter));
        for (int i = 0; i < plot.series().size(); i++) {
            out.add("  " + sample(i) + " " + plot.series().get(i).name());
        }
        return String.join("\n", out) + "\n";
    }

    /** The axis line with three ticks, and their values under them, then the x label. */
    private List<String> xAxis(int gutter) {
        StringBuilder axis = new StringBuilder("─".repeat(columns));
        int mid = columns / 2;
        axis.setCharAt(0, '┬');
        axis.setCharAt(mid, '┬');
        axis.setCharAt(columns - 1, '┬');
        String left = label(xMin, xMax - xMin), centre = label((xMin + xMax) / 2, xMax - xMin);
        String right = label(xMax, xMax - xMin);
        StringBuilder labels = new StringBuilder(" ".repeat(gutter + 1 + columns + right.length()));
        place(labels, gutter + 1, left);
        place(labels, Math.max(gutter + 2 + left.length(), gutter + 1 + mid - centre.length() / 2), centre);
        place(labels, gutter + columns - right.length() / 2, right);
        String xLabel = plot.xLabel().isBlank() ? "" : "  " + plot.xLabel();
        return List.of(" ".repeat(gutter) + "└" + axis, labels.toString().stripTrailing() + xLabel);
    }

    private static void place(StringBuilder line, int at, String text) {
        int from = Math.max(0, Math.min(at, line.length() - text.length()));
        line.replace(from, from + text.length(), text);
    }

    /** One row of cells; an empty cell is a space, and neighbours of one colour share one escape code. */
    private String row(int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            int cell = r * columns + c;
            if (bits[cell] == 0) {
                b.append(' ');
                continue;
            }
            StringBuilder run = new StringBuilder().append((char) (0x2800 + bits[cell]));
            while (c + 1 < columns && bits[cell + 1] != 0 && owner[cell + 1] == owner[cell]) {
                run.append((char) (0x2800 + bits[++cell]));
                c++;
            }
            b.append(colour ? paint(owner[cell], run.toString()) : run);
        }
        return b.toString().stripTrailing();
    }

    /** Three characters of the line's look, for the legend. */
    private String sample(int index) {
        int[] pattern = DASHES[colour ? 0 : Math.min(index, DASHES.length - 1)];
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 3; c++) {
            int cellBits = 0;
            for (int d = 0; d < 2; d++) {
                cellBits |= on(pattern, c * 2 + d) ? DOT[d][1] | DOT[d][2] : 0;
            }
            b.append((char) (0x2800 + cellBits));
        }
        return colour ? paint(index, b.toString()) : b.toString();
    }

    private String paint(int index, String text) {
        boolean reference = plot.series().get(index).reference();
        return "\u001B[" + (reference ? "90" : COLOURS[index % COLOURS.length]) + "m" + text + "\u001B[0m";
    }

    /** Joins neighbouring finite points with straight runs of dots; a NaN leaves a gap. */
    private void draw(Plot.Series s, int index) {
        int[] pattern = DASHES[colour ? 0 : Math.min(index, DASHES.length - 1)];
        int step = 0;
        int[] last = null;
        for (int i = 0; i < s.x().length; i++) {
            if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                last = null;
                continue;
            }
            int[] p = {dotX(s.x()[i]), dotY(s.y()[i])};
            step = last == null ? dot(p, p, index, pattern, step) : dot(last, p, index, pattern, step);
            last = p;
        }
    }

    /** Sets the dots from {@code a} to {@code b} (Bresenham), following the dash pattern; the next step count. */
    private int dot(int[] a, int[] b, int index, int[] pattern, int step) {
        int dx = Math.abs(b[0] - a[0]), dy = -Math.abs(b[1] - a[1]);
        int sx = a[0] < b[0] ? 1 : -1, sy = a[1] < b[1] ? 1 : -1;
        int x = a[0], y = a[1], error = dx + dy;
        while (true) {
            if (on(pattern, step++)) {
                int cell = (y / 4) * columns + x / 2;
                bits[cell] |= DOT[x % 2][y % 4];
                owner[cell] = index;
            }
            if (x == b[0] && y == b[1]) {
                return step;
            }
            int e2 = 2 * error;
            if (e2 >= dy) {
                error += dy;
                x += sx;
            }
            if (e2 <= dx) {
                error += dx;
                y += sy;
            }
        }
    }

    private static boolean on(int[] pattern, int step) {
        int period = 0;
        for (int p : pattern) {
            period += p;
        }
        int at = step % period;
        for (int i = 0; i < pattern.length; i++) {
            if (at < pattern[i]) {
                return i % 2 == 0;
            }
            at -= pattern[i];
        }
        return false;
    }

    private int dotX(double x) {
        return (int) Math.round((x - xMin) / (xMax - xMin) * (columns * 2 - 1));
    }

    private int dotY(double y) {
        return (int) Math.round((yMax - y) / (yMax - yMin) * (ROWS * 4 - 1));
    }

    /** The smallest and largest finite x (or y) of all lines, widened when they are equal. */
    private static double[] range(Plot.Lines plot, boolean x) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Plot.Series s : plot.series()) {
            for (double v : x ? s.x() : s.y()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(min <= max)) {
            return new double[] {0, 1};
        }
        double half = min == max ? Math.max(0.5, Math.abs(min) * 0.1) : 0;
        return new double[] {min - half, max + half};
    }

    /** An axis label: {@link #number}, or {@code 0} for a value within a ten-thousandth of the axis' span of it. */
    private static String label(double v, double span) {
        return Math.abs(v) < span * 1e-4 ? "0" : number(v);
    }

    /** Three significant digits, plain ({@code 0.412}, {@code 12.5}, {@code 3}) or {@code 1.2e-05} when tiny or huge. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.2g", v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length() - 1)) + s + " ";
    }
}
