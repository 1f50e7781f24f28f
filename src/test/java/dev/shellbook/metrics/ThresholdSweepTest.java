package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ThresholdSweepTest {
    private static final double EPS = 1e-12;
    private static final double[] SCORES = {0.9, 0.8, 0.8, 0.3, 0.1};
    private static final int[] ACTUAL = {1, 1, 0, 0, 1};
    private final ThresholdSweep sweep = ThresholdSweep.of(SCORES, ACTUAL, 1, new double[] {0, 0.5, 0.85, 1.0});

    @Test
    void precisionRisesAndRecallFallsWithTheThreshold() {
        assertArrayEquals(new double[] {0.6, 2.0 / 3, 1.0, Double.NaN}, sweep.precision(), EPS);
        assertArrayEquals(new double[] {1.0, 2.0 / 3, 1.0 / 3, 0.0}, sweep.recall(), EPS);
        assertEquals(new BinaryCounts(2, 1, 1, 1), sweep.counts(1));
    }

    @Test
    void thresholdAboveEveryScoreHasUndefinedPrecision() {
        assertEquals("undefined (no positive predictions: 0/0)", sweep.counts(3).precision().toString());
        Table table = sweep.toTable();
        assertEquals("undefined", table.doubleColumn("precision").getString(3));
        assertEquals(4, table.rowCount());
    }

    @Test
    void evenStepsCoverZeroToOne() {
        ThresholdSweep even = ThresholdSweep.of(SCORES, ACTUAL, 1, 4);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1.0}, even.thresholds(), EPS);
    }

    @Test
    void badIndexIsNamed() {
        assertEquals("threshold sweep: expected a threshold index 0..3, found 4",
                assertThrows(IllegalArgumentException.class, () -> sweep.counts(4)).getMessage());
    }
}
