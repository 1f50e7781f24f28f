package dev.shellbook.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A saved chart as the terminal can show it: an inline image scaled to the terminal's width (at most 100
 * columns and never wider than the chart itself, short enough to leave the prompt and the path on screen), or a
 * text plot. The caller prints the chart's path as well, always.
 */
public final class ChartPictures {
    static final int MAX_COLUMNS = 100;
    private static final Pattern CELL = Pattern.compile("\u001B\\[6;(\\d+);(\\d+)t");
    private static final Pattern REGISTERS = Pattern.compile("\u001B\\[\\?1;0;(\\d+)S");

    private final ImageDetection.Target target;
    private final Geometry geometry;
    private final boolean colour;

    /**
     * The terminal's size in cells, a cell's size in pixels, and how many sixel colour registers it has.
     * {@link #of} fills the pixel sizes from the terminal's answers; without them a cell is taken as 6×13 pixels,
     * xterm's default font and the smallest in common use (xterm does not answer {@code ESC[16t} unless allowed
     * to), so that a sixel image is never wider than the window, and 256 registers.
     */
    public record Geometry(int columns, int rows, int cellWidth, int cellHeight, int colours) {
        /** The geometry from the answers to {@code ESC[16t} (cell size) and {@code ESC[?1;1;0S} (registers). */
        public static Geometry of(int columns, int rows, String answers) {
            String text = answers == null ? "" : answers;
            Matcher cell = CELL.matcher(text), registers = REGISTERS.matcher(text);
            boolean sized = cell.find();
            int height = sized ? Integer.parseInt(cell.group(1)) : 13, width = sized ? Integer.parseInt(cell.group(2)) : 6;
            int colours = registers.find() ? Math.min(256, Integer.parseInt(registers.group(1))) : 256;
            return new Geometry(Math.max(20, columns), Math.max(10, rows), Math.max(1, width), Math.max(1, height),
                    Math.max(2, colours));
        }
    }

    public ChartPictures(ImageDetection.Target target, Geometry geometry, boolean colour) {
        this.target = target;
        this.geometry = geometry;
        this.colour = colour;
    }

    /** The mode pictures are shown in. */
    public ImageMode mode() {
        return target.mode();
    }

    /** The terminal's size and its cells' and colours', as detected. */
    public Geometry geometry() {
        return geometry;
    }

    /** What to print for the chart in {@code png}; empty when only its path is to be shown. */
    public Optional<String> picture(Path png) {
        try {
            return switch (target.mode()) {
                case KITTY -> Optional.of(target.passthrough().wrap(InlineImage.kitty(Files.readAllBytes(png),
                        columns(ImageIO.read(png.toFile())))) + "\n");
                case ITERM -> Optional.of(target.passthrough().wrap(InlineImage.iterm(Files.readAllBytes(png),
                        columns(ImageIO.read(png.toFile())))) + "\n");
                case SIXEL -> Optional.of(sixel(ImageIO.read(png.toFile())) + "\n");
                case TEXT -> TextPlots.forChart(png, Math.min(geometry.columns() - 1, MAX_COLUMNS), colour);
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) { // an unreadable picture costs the picture; the path is printed
            return Optional.empty();
        }
    }

    private String sixel(BufferedImage image) {
        BufferedImage scaled = Sixel.scale(image, columns(image) * geometry.cellWidth());
        return target.passthrough().wrap(Sixel.encode(scaled, geometry.colours()));
    }

    /**
     * Columns for an image: the terminal's width less one (at most {@value #MAX_COLUMNS}), no more than the image
     * has pixels, and few enough that its height leaves four rows for the path and the prompt.
     */
    int columns(BufferedImage image) {
        int cells = Math.min(Math.min(geometry.columns() - 1, MAX_COLUMNS),
                (image.getWidth() + geometry.cellWidth() - 1) / geometry.cellWidth());
        double rowsPerColumn = (double) image.getHeight() / image.getWidth() * geometry.cellWidth()
                / geometry.cellHeight();
        int fitHeight = (int) Math.floor((geometry.rows() - 4) / rowsPerColumn);
        return Math.max(10, Math.min(cells, fitHeight));
    }
}
