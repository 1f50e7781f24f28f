package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextPlotsTest {
    @TempDir
    Path dir;

    private static Plot.Lines curve(String name, double from, double to, java.util.function.DoubleUnaryOperator f) {
        double[] x = IntStream.range(0, 201).mapToDouble(i -> from + (to - from) * i / 200).toArray();
        return new Plot.Lines("f", "x", "f(x)", List.of(new Plot.Series(name, x, Arrays.stream(x).map(f).toArray(), false)));
    }

    /** The braille rows of a plot as a dot grid [y][x], read back from the characters after the axis. */
    private static boolean[][] dots(String text) {
        List<String> rows = text.lines().filter(l -> l.contains("┤") || l.contains("│"))
                .map(l -> l.substring(l.indexOf(l.contains("┤") ? '┤' : '│') + 1)).toList();
        assertEquals(BraillePlot.ROWS, rows.size());
        boolean[][] grid = new boolean[rows.size() * 4][BraillePlot.MAX_COLUMNS * 2];
        int[][] bit = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length(); c++) {
                int bits = rows.get(r).charAt(c) == ' ' ? 0 : rows.get(r).charAt(c) - 0x2800;
                for (int dx = 0; dx < 2; dx++) {
                    for (int dy = 0; dy < 4; dy++) {
                        grid[r * 4 + dy][c * 2 + dx] = (bits & bit[dx][dy]) != 0;
                    }
                }
            }
        }
        return grid;
    }

    /** The mean dot row of each dot column, or NaN where the column is empty. */
    private static double[] meanRows(boolean[][] grid) {
        double[] mean = new double[grid[0].length];
        for (int x = 0; x < mean.length; x++) {
            int n = 0, sum = 0;
            for (int y = 0; y < grid.length; y++) {
                if (grid[y][x]) {
                    n++;
                    sum += y;
                }
            }
            mean[x] = n == 0 ? Double.NaN : (double) sum / n;
        }
        return mean;
    }

    @Test
    void aStraightLineIsTheDiagonalOfTheBrailleGrid() {
        String text = TextPlots.render(curve("y = x", 0, 1, x -> x), 100, false);
        double[] rows = meanRows(dots(text));
        for (int x = 0; x < rows.length; x++) {
            double expected = 59 - x * 59.0 / 119;
            assertEquals(expected, rows[x], 1.0, "dot column " + x);
        }
    }

    @Test
    void aSineHasItsPeakAndTroughWhereTheyBelong() {
        double[] rows = meanRows(dots(TextPlots.render(curve("sin", 0, 2 * Math.PI, Math::sin), 100, false)));
        double top = Arrays.stream(rows).min().orElseThrow(), bottom = Arrays.stream(rows).max().orElseThrow();
        double peak = IntStream.range(0, rows.length).filter(x -> rows[x] == top).average().orElseThrow();
        double trough = IntStream.range(0, rows.length).filter(x -> rows[x] == bottom).average().orElseThrow();
        assertEquals(119 / 4.0, peak, 1, "sin peaks a quarter of the way across");
        assertEquals(119 * 3 / 4.0, trough, 1, "and bottoms out at three quarters");
        assertEquals(0, top, 0.5);
        assertEquals(59, bottom, 0.5);
    }

    @Test
    void axesAreLabelledWithTheRangeAndTheLegendNamesEveryLine() {
        double[] x = {1, 2, 3, 4, 5};
        Plot.Lines plot = new Plot.Lines("Loss per epoch", "epoch", "loss", List.of(
                new Plot.Series("train loss", x, new double[] {0.9, 0.6, 0.5, 0.45, 0.412}, false),
                new Plot.Series("validation loss", x, new double[] {0.95, 0.7, 0.6, Double.NaN, 0.55}, false)));
        List<String> lines = TextPlots.render(plot, 80, false).lines().toList();
        assertEquals("Loss per epoch", lines.get(0));
        assertEquals("loss", lines.get(1));
        assertTrue(lines.get(2).strip().startsWith("0.95 ┤"), lines.get(2));
        assertTrue(lines.get(2 + BraillePlot.ROWS - 1).strip().startsWith("0.412 ┤"));
        String xLabels = lines.get(2 + BraillePlot.ROWS + 1);
        assertTrue(xLabels.strip().startsWith("1 ") && xLabels.contains(" 3 ") && xLabels.endsWith("5  epoch"), xLabels);
        assertTrue(lines.get(lines.size() - 2).endsWith(" train loss"));
        assertTrue(lines.get(lines.size() - 1).endsWith(" validation loss"));
        assertTrue(lines.stream().allMatch(l -> l.length() <= 80), "fits the width");
    }

    @Test
    void anAxisEndingATinyBitAboveZeroIsLabelledZero() {
        String text = TextPlots.render(curve("sigmoid", -8, 8, x -> 1 / (1 + Math.exp(-3 * x))), 80, false);
        assertTrue(text.lines().anyMatch(l -> l.matches(" *0 ┤.*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" *1 ┤.*")), text);
    }

    @Test
    void colourOnlyWhenAskedAndPlainLinesAreTellApartByTheirDashes() {
        Plot.Lines two = new Plot.Lines("", "", "", List.of(
                new Plot.Series("a", new double[] {0, 1}, new double[] {0, 1}, false),
                new Plot.Series("b", new double[] {0, 1}, new double[] {1, 0}, false)));
        String plain = TextPlots.render(two, 80, false), coloured = TextPlots.render(two, 80, true);
        assertFalse(plain.contains("\u001B"));
        assertTrue(coloured.contains("\u001B[34m") && coloured.contains("\u001B[31m"));
        List<String> legend = plain.lines().toList().subList(plain.lines().toList().size() - 2, plain.lines().toList().size());
        assertFalse(legend.get(0).substring(0, 5).equals(legend.get(1).substring(0, 5)), "solid and dashed samples differ");
    }

    @Test
    void aHeatMapShadesItsCellsFromBlankToFull() {
        Plot.Cells identity = new Plot.Cells("Confusion", "predicted", "actual", List.of("a", "b", "c"),
                List.of("a", "b", "c"), new double[][] {{10, 0, 0}, {0, 10, 0}, {0, 5, 10}});
        List<String> lines = TextPlots.render(identity, 80, true).lines().toList();
        assertEquals("rows: actual, columns: predicted", lines.get(1));
        String last = lines.get(5);
        assertTrue(last.startsWith("2 c"), last);
        String cells = last.substring(last.length() - 12);
        assertEquals("    ▒▒▒▒████", cells, "0 blank, 5 half, 10 full");
        assertTrue(lines.get(3).endsWith("█") && lines.get(3).startsWith("0 a"), "trailing blanks left out");
        assertTrue(lines.get(lines.size() - 1).contains("0") && lines.get(lines.size() - 1).contains("10"));
    }

    @Test
    void imagesBecomeBlocksWithTheirTitlesUnderThem() {
        int[] bright = new int[28 * 28];
        Arrays.fill(bright, 255);
        Plot.Images grid = new Plot.Images("", 8, List.of(new Plot.Tile("true: Coat / pred: Shirt", 28, bright),
                new Plot.Tile("Bag", 28, new int[28 * 28])));
        List<String> lines = TextPlots.render(grid, 80, false).lines().toList();
        assertEquals(9, lines.size(), "7 rows of blocks and 2 title lines");
        assertEquals("█".repeat(14), lines.get(0).strip());
        assertEquals("true: Coat      Bag", lines.get(7));
        assertEquals("pred: Shirt", lines.get(8));
    }

    @Test
    void aSavedChartsPlotFileReadsBackAsTheSamePlot() throws Exception {
        Plot.Lines plot = curve("sin", 0, 3, Math::sin);
        Files.writeString(dir.resolve("s.plot"), PlotFile.write(plot));
        Plot back = PlotFile.read(Files.readString(dir.resolve("s.plot")));
        assertEquals(PlotFile.write(plot), PlotFile.write(back));
        assertTrue(TextPlots.forChart(dir.resolve("s.png"), 80, false).orElseThrow().contains("sin"));
        assertTrue(TextPlots.forChart(dir.resolve("none.png"), 80, false).isEmpty());
    }
}
