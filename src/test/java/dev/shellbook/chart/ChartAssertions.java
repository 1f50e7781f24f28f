package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Checks shared by the chart tests: the PNG decodes at the right size, the SVG is XML of the same size. */
final class ChartAssertions {
    private ChartAssertions() {}

    /** Asserts both files exist, decode/parse, and have the given size; returns the PNG as an image. */
    static BufferedImage assertChartFiles(Path png, int width, int height) throws Exception {
        Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
        assertTrue(Files.size(png) > 1000, "PNG too small: " + Files.size(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "PNG does not decode: " + png);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        Element root = parseSvg(Files.readAllBytes(svg));
        assertEquals("svg", root.getTagName());
        assertEquals(width + "px", root.getAttribute("width"));
        assertEquals(height + "px", root.getAttribute("height"));
        return image;
    }

    /** Parses SVG bytes without fetching the DTD from the network. */
    static Element parseSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    }

    /** Renders by calling {@code draw} twice and asserts the PNG and SVG bytes are identical. */
    static Path assertReproducible(IoSupplier<Path> draw) throws Exception {
        Path first = draw.get();
        byte[] png = Files.readAllBytes(first);
        byte[] svg = Files.readAllBytes(svgOf(first));
        Path second = draw.get();
        assertEquals(first, second);
        assertArrayEquals(png, Files.readAllBytes(second), "PNG differs between two renders");
        assertArrayEquals(svg, Files.readAllBytes(svgOf(second)), "SVG differs between two renders");
        return first;
    }

    static Path svgOf(Path png) {
        return png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
