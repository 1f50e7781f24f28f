package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void oneHotPutsASingleOnePerRow() {
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 1, 1, 0, 0}, Labels.oneHot(new int[] {1, 2, 0}, 3).data, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Labels.oneHot(new int[] {3}, 3));
        assertEquals("oneHot: expected labels 0..2, found y[0] = 3", e.getMessage());
    }

    @Test
    void argmaxRowsTakesTheFirstOfTies() {
        assertArrayEquals(new int[] {2, 0, 1}, Labels.argmaxRows(SoftmaxTest.m(3, 3, 1, 2, 3, 5, 5, 1, 0, 9, 8)));
    }

    @Test
    void accuracyCountsMatches() {
        assertEquals(0.75, Labels.accuracy(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 0}), 0);
        assertEquals(0.5, Labels.accuracy(SoftmaxTest.m(2, 2, 0.9, 0.1, 0.8, 0.2), new int[] {0, 1}), 0);
    }
}
