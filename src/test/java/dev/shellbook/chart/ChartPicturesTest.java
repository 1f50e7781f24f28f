package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.metrics.ConfusionMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPicturesTest {
    @TempDir
    Path out;

    @BeforeEach
    void useTemporaryOutput() {
        System.setProperty("shellbook.out", out.toString());
        System.setProperty("shellbook.lesson", "lesson-x");
    }

    @AfterEach
    void restore() {
        System.clearProperty("shellbook.out");
        System.clearProperty("shellbook.lesson");
    }

    private static ChartPictures pictures(ImageMode mode, int columns, int rows) {
        return new ChartPictures(new ImageDetection.Target(mode, Passthrough.NONE),
                new ChartPictures.Geometry(columns, rows, 10, 20, 256), false);
    }

    private Path lossChart() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train loss", new double[] {0.9, 0.6, 0.5});
        return Charts.lines("loss", "Loss", "epoch", "loss", new double[] {1, 2, 3}, series);
    }

    @Test
    void everyKindOfChartSavesItsDataBesideThePng() throws Exception {
        Path png = lossChart();
        assertTrue(Files.readString(png.resolveSibling("loss.plot")).startsWith("shellbook-plot 1 lines\n"));
        Charts.confusion("cm", ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}, new String[] {"a", "b"}));
        Plot.Cells cells = (Plot.Cells) PlotFile.read(Files.readString(out.resolve("lesson-x/cm.plot")));
        assertEquals(1.0, cells.values()[1][0], "actual b, predicted a: top row is the first class");
        assertEquals(java.util.List.of("a", "b"), cells.rows());
    }

    @Test
    void imagesFitTheWidthKeepTheirAspectAndLeaveRoomForThePrompt() {
        BufferedImage chart = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        assertEquals(79, pictures(ImageMode.KITTY, 80, 60).columns(chart), "the width less one");
        assertEquals(80, pictures(ImageMode.KITTY, 200, 60).columns(chart), "never wider than the chart's pixels");
        assertEquals(32, pictures(ImageMode.KITTY, 200, 14).columns(chart), "10 rows of 20 px: 32 columns of 10 px");
    }

    @Test
    void eachModeGivesItsOwnForm() {
        Path png = lossChart();
        assertTrue(pictures(ImageMode.KITTY, 80, 40).picture(png).orElseThrow().startsWith("\u001B_Ga=T,f=100"));
        assertTrue(pictures(ImageMode.ITERM, 80, 40).picture(png).orElseThrow().startsWith("\u001B]1337;File="));
        String sixel = pictures(ImageMode.SIXEL, 80, 40).picture(png).orElseThrow();
        assertEquals(790, SixelDecoder.decode(sixel.strip()).getWidth(), "79 columns of 10 px");
        assertTrue(pictures(ImageMode.TEXT, 80, 40).picture(png).orElseThrow().contains("train loss"));
        assertTrue(pictures(ImageMode.OFF, 80, 40).picture(png).isEmpty());
        assertTrue(pictures(ImageMode.SIXEL, 80, 40).picture(out.resolve("missing.png")).isEmpty());
    }
}
