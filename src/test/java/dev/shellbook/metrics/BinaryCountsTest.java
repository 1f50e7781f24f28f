package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BinaryCountsTest {
    private static final double EPS = 1e-12;

    /** 1,000 employees, 10 leave (label 1); the model predicts nobody leaves. */
    private final BinaryCounts nobodyLeaves = new BinaryCounts(0, 0, 990, 10);
    /** The model flags 100 people, including all 10 who leave. */
    private final BinaryCounts flagsHundred = new BinaryCounts(10, 90, 900, 0);

    @Test
    void predictingNobodyLeavesIsAccurateButFindsNoOne() {
        assertEquals(0.99, nobodyLeaves.accuracy().value(), EPS);
        assertEquals(0.0, nobodyLeaves.recall().value(), EPS);
        assertFalse(nobodyLeaves.precision().defined());
        assertEquals("undefined (no positive predictions: 0/0)", nobodyLeaves.precision().toString());
        assertEquals(0.0, nobodyLeaves.f1().value(), EPS);
        assertEquals(1.0, nobodyLeaves.specificity().value(), EPS);
        assertEquals(0.0, nobodyLeaves.fpr().value(), EPS);
    }

    @Test
    void flaggingAHundredFindsEveryoneWithLowPrecision() {
        assertEquals(0.91, flagsHundred.accuracy().value(), EPS);
        assertEquals(1.0, flagsHundred.recall().value(), EPS);
        assertEquals(0.10, flagsHundred.precision().value(), EPS);
        assertEquals(2 * 0.1 * 1.0 / 1.1, flagsHundred.f1().value(), EPS);
        assertEquals(900.0 / 990, flagsHundred.specificity().value(), EPS);
        assertEquals(90.0 / 990, flagsHundred.fpr().value(), EPS);
    }

    @Test
    void countsFromLabelsMatchTheStory() {
        int[] actual = new int[1000];
        int[] predicted = new int[1000];
        Arrays.fill(actual, 0, 10, 1);
        Arrays.fill(predicted, 0, 100, 1);
        assertEquals(flagsHundred, BinaryCounts.of(actual, predicted, 1));
        assertEquals(new BinaryCounts(900, 0, 10, 90), BinaryCounts.of(actual, predicted, 0));
    }

    @Test
    void tableShowsUndefinedAndTheNote() {
        Table table = nobodyLeaves.toTable();
        assertEquals(6, table.rowCount());
        assertEquals("precision", table.stringColumn("metric").get(1));
        assertEquals("no positive predictions: 0/0", table.stringColumn("note").get(1));
        assertEquals("undefined", table.doubleColumn("value").getString(1));
        assertEquals("0.9900", table.doubleColumn("value").getString(0));
    }

    @Test
    void countsTableIsActualByPredicted() {
        Table table = flagsHundred.countsTable();
        assertEquals(10L, table.longColumn("positive").get(0));
        assertEquals(0L, table.longColumn("negative").get(0));
        assertEquals(90L, table.longColumn("positive").get(1));
        assertEquals(900L, table.longColumn("negative").get(1));
    }

    @Test
    void mismatchedLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryCounts.of(new int[10], new int[9], 1));
        assertEquals("binary counts: actual has 10 labels, predicted has 9", e.getMessage());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BinaryCounts(1, -1, 0, 0));
    }
}
