package dev.shellbook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartLineTest {
    @Test
    void readsBackTheLineItWrites() {
        Path png = Path.of("out/04-sigmoid-vs-softmax/sigmoid curve.png");
        assertEquals("chart saved: out/04-sigmoid-vs-softmax/sigmoid curve.png (+ .svg)", ChartLine.of(png));
        assertEquals(Optional.of(png), ChartLine.parse(ChartLine.of(png)));
        assertEquals(Optional.of(png), ChartLine.parse(ChartLine.of(png) + "  "));
    }

    @Test
    void otherLinesAreNotChartLines() {
        assertEquals(Optional.empty(), ChartLine.parse("the chart saved: out/x.png (+ .svg)"));
        assertEquals(Optional.empty(), ChartLine.parse("chart saved: out/x.svg (+ .svg)"));
        assertEquals(Optional.empty(), ChartLine.parse("epoch 1: loss 0.52"));
    }
}
