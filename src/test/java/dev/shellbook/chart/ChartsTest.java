package dev.shellbook.chart;

import static dev.shellbook.chart.ChartAssertions.assertChartFiles;
import static dev.shellbook.chart.ChartAssertions.assertReproducible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.metrics.ConfusionMatrix;
import dev.shellbook.metrics.Roc;
import dev.shellbook.metrics.ThresholdSweep;
import dev.shellbook.ml.History;
import dev.shellbook.ml.SoftmaxRegression;
import dev.shellbook.ml.Sgd;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every kind of chart headless through the public API into out/<lesson>/ of a temporary folder. */
class ChartsTest {
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.3, 0.1, 0.6, 0.4};
    private static final int[] ACTUAL = {1, 1, 0, 0, 1, 0, 1};

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
        Charts.show(false);
    }

    @Test
    void linesGoToTheLessonFolderAndAreReproducible() throws Exception {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("lr 0.01", new double[] {1.2, 1.0, 0.9});
        runs.put("lr 0.1", new double[] {0.8, Double.NaN, 0.5});
        Path png = assertReproducible(() -> Charts.lines("loss", "Loss", "epoch", "loss", new double[] {1, 2, 3}, runs));
        assertEquals(out.resolve("lesson-x/loss.png"), png);
        assertChartFiles(png, Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void functionPlotRenders() throws Exception {
        Map<String, DoubleUnaryOperator> fns = new LinkedHashMap<>();
        fns.put("w=1, b=0", z -> 1 / (1 + Math.exp(-z)));
        fns.put("w=2, b=1", z -> 1 / (1 + Math.exp(-(2 * z + 1))));
        assertChartFiles(assertReproducible(() -> Charts.function("sigmoid", "Sigmoid", -6, 6, fns)),
                Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void rocAndPrecisionRecallRender() throws Exception {
        Roc roc = Roc.of(SCORES, ACTUAL, 1);
        assertChartFiles(assertReproducible(() -> Charts.roc("roc", roc, roc)), Style.WIDTH, Style.HEIGHT);
        ThresholdSweep sweep = ThresholdSweep.of(SCORES, ACTUAL, 1, 20);
        assertChartFiles(assertReproducible(() -> Charts.precisionRecall("pr", sweep)), Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void confusionHeatMapColoursTheDiagonalDarkest() throws Exception {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 0, 0, 1, 2}, new int[] {0, 0, 0, 0, 1, 1},
                new String[] {"Coat", "Shirt", "Bag"});
        BufferedImage image = assertChartFiles(assertReproducible(() -> Charts.confusion("cm", cm)), 298, 278);
        assertTrue(darkestBlue(image) < 120, "expected a dark cell for the count 4");
    }

    @Test
    void surfaceRenders() throws Exception {
        Path png = assertReproducible(() -> Charts.surface("surface", "Loss", -2, 2, -1, 1, 7, (w, b) -> w * w + b * b));
        assertChartFiles(png, Style.WIDTH, Style.HEIGHT + 100);
    }

    @Test
    void imageGridRenders() throws Exception {
        DMatrixRMaj x = new DMatrixRMaj(3, 784);
        x.set(1, 400, 1.0);
        Path png = assertReproducible(() -> Charts.images("grid", x, new int[] {0, 1, 2},
                new String[] {"a", "b / c", "d"}, 2));
        assertEquals(new ImageGrid(x, new int[] {0, 1, 2}, new String[3], new boolean[3], 2).figure().width(),
                assertChartFiles(png, 276, 2 * (112 + 30 + 12) + 12).getWidth());
    }

    @Test
    void historyAndAccuracyOfSeveralRunsRender() throws Exception {
        Dataset d = tinyDataset();
        History slow = new SoftmaxRegression(784, 2).initZeros().fit(d, d, Sgd.lr(0.01).batch(2).epochs(3).quiet());
        History fast = new SoftmaxRegression(784, 2).initZeros().fit(d, d, Sgd.lr(0.5).batch(2).epochs(3).quiet());
        History[] runs = {slow.named("lr 0.01"), fast.named("lr 0.5")};
        assertChartFiles(assertReproducible(() -> Charts.history("loss", runs)), Style.WIDTH, Style.HEIGHT);
        assertChartFiles(assertReproducible(() -> Charts.accuracy("acc", runs)), Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void datasetImagesRenderWithPredictions() throws Exception {
        Dataset d = tinyDataset();
        Path png = assertReproducible(() -> Charts.images("wrong", d, new int[] {0, 1, 2}, new int[] {1, 1, 0, 0}));
        assertChartFiles(png, 12 + 3 * 132, 12 + 112 + 30 + 12);
    }

    @Test
    void showingHeadlessDoesNotFail() throws Exception {
        Charts.show(true);
        Path png = Charts.lines("shown", "t", "x", "y", new double[] {0, 1}, Map.of("y", new double[] {0, 1}));
        assertChartFiles(png, Style.WIDTH, Style.HEIGHT);
    }

    @Test
    void emptyInputsAreRejectedWithWhatWasFound() {
        assertEquals("chart roc: expected at least 1 ROC curve, found none",
                assertThrows(IllegalArgumentException.class, () -> Charts.roc("roc")).getMessage());
        assertEquals("chart: series \"y\" has 3 values, x has 2", assertThrows(IllegalArgumentException.class,
                () -> Charts.lines("l", "t", "x", "y", new double[2], Map.of("y", new double[3]))).getMessage());
    }

    /** Four 28×28 images: two dark (class 0, "Coat") and two bright (class 1, "Shirt"). */
    private static Dataset tinyDataset() {
        DMatrixRMaj x = new DMatrixRMaj(4, 784);
        for (int p = 0; p < 784; p++) {
            x.set(2, p, 0.9);
            x.set(3, p, 0.8);
        }
        return new Dataset(x, new int[] {0, 0, 1, 1}, new String[] {"Coat", "Shirt"}, 28, 28);
    }

    private static int darkestBlue(BufferedImage image) {
        int darkest = 255;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xFF) > (rgb >> 16 & 0xFF) + 60) {
                    darkest = Math.min(darkest, rgb >> 16 & 0xFF);
                }
            }
        }
        return darkest;
    }
}
