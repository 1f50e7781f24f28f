package dev.shellbook.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Turns a {@link Figure} into PNG or SVG bytes with fixed rendering settings, so the same figure always gives
 * the same bytes: explicit antialiasing and text hints (never the desktop's LCD setting), a white background,
 * logical fonts only, no metadata or timestamps in the PNG, and an SVG without generated ids or dates.
 */
final class Render {
    private Render() {}

    /** The figure as an RGB image. */
    static BufferedImage image(Figure figure) {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, figure);
            figure.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The figure as PNG bytes (ImageIO writes no time chunk). */
    static byte[] png(Figure figure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(figure), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("chart: could not encode PNG", e);
        }
        return out.toByteArray();
    }

    /** The figure as SVG bytes, drawn through VectorGraphics2D. */
    static byte[] svg(Figure figure) {
        VectorGraphics2D g = new VectorGraphics2D();
        prepare(g, figure);
        figure.paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(figure.width(), figure.height())).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("chart: could not encode SVG", e);
        }
        return out.toByteArray();
    }

    /** Fixed hints and a white background before any drawing. */
    static void prepare(Graphics2D g, Figure figure) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.width(), figure.height());
    }
}
