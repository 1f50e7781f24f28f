package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RenderTest {
    private final Figure square = Figure.drawn(40, 30, (g, w, h) -> {
        g.setColor(Color.RED);
        g.fillRect(10, 10, 10, 10);
        g.setFont(Style.TEXT);
        g.drawString("x", 25, 20);
    });

    @Test
    void pngHasTheFigureSizeAndWhiteBackground() throws Exception {
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(Render.png(square)));
        assertEquals(40, image.getWidth());
        assertEquals(30, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(1, 1));
        assertEquals(Color.RED.getRGB(), image.getRGB(15, 15));
    }

    @Test
    void svgIsXmlOfTheFigureSize() throws Exception {
        assertEquals("40px", ChartAssertions.parseSvg(Render.svg(square)).getAttribute("width"));
    }

    @Test
    void xchartFigureRendersToIdenticalBytesTwice() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("loss", new double[] {1.0, 0.5, 0.25});
        Figure figure = Figure.of(LineCharts.lines("t", "epoch", "loss", new double[] {1, 2, 3}, series));
        assertArrayEquals(Render.png(figure), Render.png(figure));
        assertArrayEquals(Render.svg(figure), Render.svg(figure));
    }

    @Test
    void svgHoldsNoDateOrGeneratorStamp() {
        String svg = new String(Render.svg(square), StandardCharsets.UTF_8);
        assertFalse(svg.matches("(?s).*(20\\d\\d-\\d\\d-\\d\\d|Created|generator).*"), svg);
    }

    @Test
    void sizeOutsideLimitsIsRejected() {
        assertEquals("chart: expected a size between 1×1 and 10000×10000, found 0×30",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> Figure.drawn(0, 30, (g, w, h) -> { })).getMessage());
    }
}
