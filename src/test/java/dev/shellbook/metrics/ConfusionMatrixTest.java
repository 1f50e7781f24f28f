package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConfusionMatrixTest {
    private static final String[] NAMES = {"A", "B", "C"};
    private final ConfusionMatrix cm = ConfusionMatrix.of(
            new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 1, 1}, NAMES);

    @Test
    void countsActualRowsByPredictedColumns() {
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 2, 0}, {0, 1, 0}}, cm.counts());
        assertEquals(1, cm.count(0, 1));
        assertEquals(6, cm.total());
        assertEquals(4, cm.correct());
    }

    @Test
    void tableKeepsNeverPredictedClassInNumericOrder() {
        Table table = cm.toTable();
        assertEquals(List.of("actual \\ predicted", "A", "B", "C"), table.columnNames());
        assertEquals(List.of("A", "B", "C"), table.stringColumn(0).asList());
        assertEquals(List.of(0, 0, 0), table.intColumn("C").asList());
    }

    @Test
    void elevenClassesStayInNumericNotStringOrder() {
        int[] labels = {10, 2, 1, 0};
        Table table = ConfusionMatrix.of(labels, labels, 11).toTable();
        assertEquals("2", table.column(3).name());
        assertEquals("10", table.column(11).name());
        assertEquals(12, table.columnCount());
    }

    @Test
    void binaryCountsOfOneClassAgainstTheRest() {
        assertEquals(new BinaryCounts(2, 2, 2, 0), cm.binary(1));
        assertEquals(new BinaryCounts(0, 0, 5, 1), cm.binary(2));
    }

    @Test
    void mismatchedLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[10], new int[9], NAMES));
        assertEquals("confusion matrix: actual has 10 labels, predicted has 9", e.getMessage());
    }

    @Test
    void labelOutsideTheClassesIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 3}, NAMES));
        assertEquals("confusion matrix: predicted[1] = 3, expected a class in 0..2 (3 class names)", e.getMessage());
    }

    @Test
    void duplicateClassNamesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {0}, new String[] {"A", "A"}));
    }

    @Test
    void countsAreACopy() {
        cm.counts()[0][0] = 99;
        assertEquals(2, cm.count(0, 0));
    }
}
