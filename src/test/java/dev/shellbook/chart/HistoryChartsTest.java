package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class HistoryChartsTest {
    private static final double NAN = Double.NaN;

    private static HistoryCharts.Run run(String name, boolean validation) {
        double[] none = {NAN, NAN};
        return new HistoryCharts.Run(name, new double[] {1, 2}, new double[] {0.9, 0.6},
                validation ? new double[] {1.0, 0.7} : none, new double[] {0.7, 0.8},
                validation ? new double[] {0.68, 0.77} : none);
    }

    @Test
    void lossShowsValidationOnlyWhenMeasured() {
        XYChart chart = HistoryCharts.loss(List.of(run("lr 0.1", true), run("lr 0.01", false)));
        assertEquals(List.of("lr 0.1 train", "lr 0.1 validation", "lr 0.01 train"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void accuracyNamesTheHeldOutSetTestWithoutValidationLoss() {
        HistoryCharts.Run withTest = new HistoryCharts.Run("", new double[] {1}, new double[] {0.5},
                new double[] {NAN}, new double[] {0.8}, new double[] {0.79});
        assertEquals(List.of("train", "test"), List.copyOf(HistoryCharts.accuracy(List.of(withTest))
                .getSeriesMap().keySet()));
    }

    @Test
    void eachRunHasOneColourWithTheHeldOutCurveDashed() {
        XYChart chart = HistoryCharts.loss(List.of(run("a", true), run("b", true)));
        var a = chart.getSeriesMap().get("a train");
        var aValidation = chart.getSeriesMap().get("a validation");
        assertEquals(a.getLineColor(), aValidation.getLineColor());
        assertNotEquals(a.getLineColor(), chart.getSeriesMap().get("b train").getLineColor());
        assertNull(a.getLineStyle(), "train line keeps the theme's solid stroke");
        assertEquals(2, aValidation.getLineStyle().getDashArray().length);
    }

    @Test
    void repeatedRunNamesStayDistinct() {
        XYChart chart = HistoryCharts.loss(List.of(run("run", false), run("run", false)));
        assertEquals(List.of("run train", "run train (2)"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void noRunsIsRejected() {
        assertEquals("chart: expected at least 1 training history, found none",
                assertThrows(IllegalArgumentException.class, () -> HistoryCharts.loss(List.of())).getMessage());
    }
}
