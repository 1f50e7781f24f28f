package dev.shellbook.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A grid of small grey-scale images, one per chosen row of a data matrix, each with a title of one or two lines
 * ({@code "true: Coat / pred: Shirt"} is drawn as two lines). Titles of wrong predictions are drawn in red.
 * Drawn with Java2D because XChart has no image plot.
 */
final class ImageGrid {
    static final int SCALE = 4;
    static final int PAD = 12;
    static final int TITLE_LINES = 2;
    static final int MIN_CELL = 120;

    private final DMatrixRMaj x;
    private final int[] rows;
    private final String[] titles;
    private final boolean[] wrong;
    private final int columns;
    private final int side;

    ImageGrid(DMatrixRMaj x, int[] rows, String[] titles, boolean[] wrong, int columns) {
        this.side = check(x, rows, titles, columns);
        this.x = x;
        this.rows = rows.clone();
        this.titles = titles.clone();
        this.wrong = wrong.clone();
        this.columns = Math.min(columns, rows.length);
    }

    /** The grid as a figure sized to hold all images. */
    Figure figure() {
        int gridRows = (rows.length + columns - 1) / columns;
        return Figure.drawn(PAD + columns * cellWidth(), PAD + gridRows * cellHeight(), (g, w, h) -> draw(g))
                .withPlot(plot());
    }

    /** The images' grey levels and titles, for a text plot. */
    private Plot.Images plot() {
        List<Plot.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            double scale = maxOfRow(r) > 1 ? 1.0 : 255.0;
            tiles.add(new Plot.Tile(titles[i], side, java.util.stream.IntStream.range(0, side * side)
                    .map(p -> level(r, p, scale)).toArray()));
        }
        return new Plot.Images("", columns, tiles);
    }

    private int cellWidth() {
        return Math.max(side * SCALE, MIN_CELL) + PAD;
    }

    private int cellHeight() {
        return side * SCALE + TITLE_LINES * 15 + PAD;
    }

    private void draw(Graphics2D g) {
        g.setFont(Style.SMALL);
        for (int i = 0; i < rows.length; i++) {
            int left = PAD + (i % columns) * cellWidth();
            int top = PAD + (i / columns) * cellHeight();
            drawTitle(g, titles[i].split(" / |\n", TITLE_LINES), left, top, wrong[i]);
            int imageLeft = left + (cellWidth() - PAD - side * SCALE) / 2;
            g.drawImage(image(rows[i]), imageLeft, top + TITLE_LINES * 15, null);
        }
    }

    private void drawTitle(Graphics2D g, String[] lines, int left, int top, boolean isWrong) {
        g.setColor(isWrong ? new Color(200, 0, 0) : Color.BLACK);
        FontMetrics metrics = g.getFontMetrics();
        for (int line = 0; line < lines.length; line++) {
            int textLeft = left + (cellWidth() - PAD - metrics.stringWidth(lines[line])) / 2;
            g.drawString(lines[line], textLeft, top + 12 + 15 * line);
        }
    }

    /**
     * Row {@code r} as a grey image already enlarged {@value #SCALE}× with square pixels, so that SVG viewers do not
     * blur it; values in [0, 1] (or 0..255 when any value is above 1) map to black..white.
     */
    private BufferedImage image(int r) {
        BufferedImage image = new BufferedImage(side * SCALE, side * SCALE, BufferedImage.TYPE_BYTE_GRAY);
        double scale = maxOfRow(r) > 1 ? 1.0 : 255.0;
        for (int p = 0; p < image.getWidth() * image.getHeight(); p++) {
            int px = p % image.getWidth() / SCALE, py = p / image.getWidth() / SCALE;
            image.getRaster().setSample(p % image.getWidth(), p / image.getWidth(), 0, level(r, py * side + px, scale));
        }
        return image;
    }

    /** Pixel {@code p} of row {@code r} as a grey level 0..255. */
    private int level(int r, int p, double scale) {
        return (int) Math.round(Math.max(0, Math.min(255, x.get(r, p) * scale)));
    }

    private double maxOfRow(int r) {
        double max = 0;
        for (int p = 0; p < x.numCols; p++) {
            max = Math.max(max, x.get(r, p));
        }
        return max;
    }

    /** Checks the inputs and returns the image side (28 for 784 features). */
    private static int check(DMatrixRMaj x, int[] rows, String[] titles, int columns) {
        if (x == null || rows == null || titles == null || rows.length == 0) {
            throw new IllegalArgumentException("image grid: expected a matrix, at least 1 row index and titles, found null or none");
        }
        int side = (int) Math.round(Math.sqrt(x.numCols));
        if (side * side != x.numCols) {
            throw new IllegalArgumentException("image grid: expected n×(side²) pixels such as n×784, found "
                    + x.numRows + "×" + x.numCols);
        }
        if (titles.length != rows.length || columns < 1) {
            throw new IllegalArgumentException("image grid: expected one title per row and columns >= 1, found "
                    + rows.length + " rows, " + titles.length + " titles, " + columns + " columns");
        }
        for (int r : rows) {
            if (r < 0 || r >= x.numRows) {
                throw new IllegalArgumentException("image grid: row " + r + " is outside 0.." + (x.numRows - 1)
                        + " of a " + x.numRows + "×" + x.numCols + " matrix");
            }
        }
        return side;
    }
}
