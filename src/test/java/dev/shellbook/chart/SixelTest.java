package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SixelTest {
    @Test
    void anImageWithFewColoursDecodesBackToItselfAtSixelsPrecision() {
        BufferedImage image = new BufferedImage(37, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 37, 20);
        g.setColor(new Color(31, 119, 180));
        g.fillRect(3, 2, 20, 9);
        g.setColor(new Color(255, 127, 14));
        g.drawLine(0, 19, 36, 0);
        g.dispose();
        BufferedImage decoded = SixelDecoder.decode(Sixel.encode(image, 256));
        assertEquals(0, maxChannelError(image, decoded) / 2, "every channel within sixel's 1% steps");
    }

    @Test
    void aRealChartScaledToEightyColumnsDecodesCloseToTheScaledImage() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train loss", new double[] {0.9, 0.6, 0.5, 0.45, 0.42});
        series.put("validation loss", new double[] {0.95, 0.7, 0.6, 0.56, 0.55});
        Figure figure = Figure.of(LineCharts.lines("Loss", "epoch", "loss", new double[] {1, 2, 3, 4, 5}, series));
        BufferedImage scaled = Sixel.scale(Render.image(figure), 80 * 8);
        assertEquals(640, scaled.getWidth());
        assertEquals(400, scaled.getHeight(), "aspect kept");
        BufferedImage decoded = SixelDecoder.decode(Sixel.encode(scaled, 256));
        assertTrue(meanChannelError(scaled, decoded) < 1.5, "mean error " + meanChannelError(scaled, decoded));
        assertTrue(maxChannelError(scaled, decoded) < 40, "max error " + maxChannelError(scaled, decoded));
    }

    @Test
    void sixteenRegistersStillKeepTheChartsMainColours() {
        BufferedImage image = new BufferedImage(60, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, y < 6 ? 0xffffff : x * 4 << 16); // white, and a ramp of 60 reds
            }
        }
        String sixel = Sixel.encode(image, 16);
        assertTrue(sixel.contains("#15;") && !sixel.contains("#16;"), "16 registers used");
        BufferedImage decoded = SixelDecoder.decode(sixel);
        assertEquals(0xffffff, decoded.getRGB(30, 2) & 0xffffff, "white stays white");
        assertTrue(maxChannelError(image, decoded) <= 12, "the ramp in 15 steps: " + maxChannelError(image, decoded));
    }

    @Test
    void repeatsAreRunLengthCoded() {
        BufferedImage image = new BufferedImage(200, 6, BufferedImage.TYPE_INT_RGB);
        String sixel = Sixel.encode(image, 256);
        assertTrue(sixel.contains("!200~"), sixel);
        assertTrue(sixel.length() < 40, "one run for 200 columns: " + sixel.length());
    }

    static int maxChannelError(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    max = Math.max(max, Math.abs((a.getRGB(x, y) >> shift & 0xff) - (b.getRGB(x, y) >> shift & 0xff)));
                }
            }
        }
        return max;
    }

    static double meanChannelError(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((a.getRGB(x, y) >> shift & 0xff) - (b.getRGB(x, y) >> shift & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
