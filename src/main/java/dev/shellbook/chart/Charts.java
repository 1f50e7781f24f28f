package dev.shellbook.chart;

import dev.shellbook.data.Dataset;
import dev.shellbook.metrics.ConfusionMatrix;
import dev.shellbook.metrics.Roc;
import dev.shellbook.metrics.ThresholdSweep;
import dev.shellbook.ml.History;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * The charts a lesson draws. Each method saves {@code out/<lesson>/<name>.png} and {@code .svg}, prints one
 * {@link ChartLine} naming the PNG, and returns the PNG path. Output is byte-identical for
 * the same data. Call {@code Charts.show(true)} to also open each chart in a window when a display is available.
 */
public final class Charts {
    private Charts() {}

    /** Also open every chart in a window (when there is a display); off by default. Never fails headless. */
    public static void show(boolean show) {
        Display.want(show);
    }

    /** Training loss per epoch (and validation loss when measured) of one or more runs, e.g. three learning rates. */
    public static Path history(String name, History... runs) {
        return save(name, Figure.of(HistoryCharts.loss(runs(runs))));
    }

    /** Training accuracy per epoch (and test or validation accuracy when measured) of one or more runs. */
    public static Path accuracy(String name, History... runs) {
        return save(name, Figure.of(HistoryCharts.accuracy(runs(runs))));
    }

    /** Any lines over a shared x axis, one per map entry (use a {@link LinkedHashMap} to fix the order). */
    public static Path lines(String name, String title, String xLabel, String yLabel, double[] x,
            Map<String, double[]> series) {
        return save(name, Figure.of(LineCharts.lines(title, xLabel, yLabel, x, series)));
    }

    /** Functions of one variable over [from, to], e.g. the sigmoid for several weights and biases. */
    public static Path function(String name, String title, double from, double to,
            Map<String, DoubleUnaryOperator> fns) {
        return save(name, Figure.of(LineCharts.functions(title, from, to, fns)));
    }

    /** ROC curves named "ROC", or "curve 1", "curve 2", ... when there are several, with the chance diagonal. */
    public static Path roc(String name, Roc... curves) {
        if (curves == null || curves.length == 0) {
            throw new IllegalArgumentException("chart " + name + ": expected at least 1 ROC curve, found none");
        }
        Map<String, Roc> named = new LinkedHashMap<>();
        for (int i = 0; i < curves.length; i++) {
            named.put(curves.length == 1 ? "ROC" : "curve " + (i + 1), curves[i]);
        }
        return roc(name, named);
    }

    /** ROC curves with their own legend names, e.g. {@code Map.of("Shirt vs rest", roc)}. */
    public static Path roc(String name, Map<String, Roc> curves) {
        return save(name, Figure.of(LineCharts.roc(curves)));
    }

    /** Precision and recall against the decision threshold. */
    public static Path precisionRecall(String name, ThresholdSweep sweep) {
        return save(name, Figure.of(LineCharts.precisionRecall(sweep)));
    }

    /** The confusion matrix as a heat map with the count written in every cell. */
    public static Path confusion(String name, ConfusionMatrix cm) {
        return save(name, Figure.of(HeatMaps.confusion(cm)));
    }

    /** A loss surface: {@code loss(x, y)} on the grid {@code xs × ys} as a heat map. */
    public static Path surface(String name, String title, String xLabel, String yLabel, double[] xs, double[] ys,
            DoubleBinaryOperator loss) {
        return save(name, Figure.of(HeatMaps.surface(title, xLabel, yLabel, xs, ys, loss)));
    }

    /** A loss surface over {@code steps} × {@code steps} points of [xFrom, xTo] × [yFrom, yTo]. */
    public static Path surface(String name, String title, double xFrom, double xTo, double yFrom, double yTo,
            int steps, DoubleBinaryOperator loss) {
        return surface(name, title, "w", "b", grid(xFrom, xTo, steps), grid(yFrom, yTo, steps), loss);
    }

    /** The chosen rows of an n×784 matrix (pixels 0..1 or 0..255) as 28×28 images with titles. */
    public static Path images(String name, DMatrixRMaj x, int[] rows, String[] titles, int columns) {
        boolean[] wrong = new boolean[rows == null ? 0 : rows.length];
        return save(name, new ImageGrid(x, rows, titles, wrong, columns).figure());
    }

    /**
     * Images of {@code d} titled {@code "true: Coat / pred: Shirt"}, wrong predictions in red, 8 per row.
     * {@code predicted} holds either one label per row of {@code d} or one per entry of {@code rows};
     * pass {@code null} to title the images with their class only.
     */
    public static Path images(String name, Dataset d, int[] rows, int[] predicted) {
        DatasetImages images = DatasetImages.of(d, rows, predicted);
        return save(name, new ImageGrid(d.x(), rows, images.titles(), images.wrong(), 8).figure());
    }

    /** Images of {@code d} titled with their class, 8 per row. */
    public static Path images(String name, Dataset d, int[] rows) {
        return images(name, d, rows, null);
    }

    static Path save(String name, Figure figure) {
        Path png = ChartFiles.save(name, figure);
        Display.maybeShow(name, figure, png);
        return png;
    }

    private static List<HistoryCharts.Run> runs(History[] histories) {
        if (histories == null) {
            throw new IllegalArgumentException("chart: expected at least 1 training history, found null");
        }
        List<HistoryCharts.Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < histories.length; i++) {
            String fallback = histories.length == 1 ? "" : "run " + (i + 1);
            runs.add(HistoryRuns.of(histories[i], fallback));
        }
        return runs;
    }

    private static double[] grid(double from, double to, int steps) {
        if (steps < 2 || !(from < to)) {
            throw new IllegalArgumentException("chart surface: expected steps >= 2 and from < to, found " + steps
                    + " steps over [" + from + ", " + to + "]");
        }
        double[] values = new double[steps];
        Arrays.setAll(values, i -> from + (to - from) * i / (steps - 1));
        return values;
    }
}
