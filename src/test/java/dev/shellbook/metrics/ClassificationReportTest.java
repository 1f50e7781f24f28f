package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Hand-computed: actual [A,A,A,B,B,C], predicted [A,A,B,B,B,B]; C is never predicted. */
class ClassificationReportTest {
    private static final double EPS = 1e-12;
    private final ClassificationReport report = ConfusionMatrix.of(
            new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 1, 1}, new String[] {"A", "B", "C"}).report();

    @Test
    void perClassMetricsMatchHandComputation() {
        assertEquals(1.0, report.metric("precision", 0).value(), EPS);
        assertEquals(2.0 / 3, report.metric("recall", 0).value(), EPS);
        assertEquals(0.8, report.metric("f1", 0).value(), EPS);
        assertEquals(0.5, report.metric("precision", 1).value(), EPS);
        assertEquals(2.0 / 3, report.metric("f1", 1).value(), EPS);
        assertEquals(0.5, report.metric("specificity", 1).value(), EPS);
        assertEquals(0.5, report.metric("fpr", 1).value(), EPS);
        assertEquals(0.0, report.metric("recall", 2).value(), EPS);
        assertEquals(3, report.support(0));
    }

    @Test
    void neverPredictedClassHasUndefinedPrecisionWithANote() {
        assertFalse(report.metric("precision", 2).defined());
        assertTrue(report.notes().contains("precision of C is undefined (no positive predictions: 0/0)"));
    }

    @Test
    void averagesLeaveOutUndefinedClassesAndSaySo() {
        assertEquals(0.75, report.macro("precision").value(), EPS);
        assertEquals(0.8, report.weighted("precision").value(), EPS);
        assertEquals(5.0 / 9, report.macro("recall").value(), EPS);
        assertEquals(4.0 / 6, report.weighted("recall").value(), EPS);
        assertTrue(report.notes().contains(
                "macro avg precision averages 2 of 3 classes, leaving out C (undefined)"));
        assertEquals(4.0 / 6, report.accuracy(), EPS);
    }

    @Test
    void tableHasClassRowsThenAverages() {
        Table table = report.toTable();
        assertEquals(List.of("class", "precision", "recall", "f1", "specificity", "fpr", "support"),
                table.columnNames());
        assertEquals(List.of("A", "B", "C", "macro avg", "weighted avg"), table.stringColumn("class").asList());
        assertEquals("undefined", table.doubleColumn("precision").getString(2));
        assertEquals("0.7500", table.doubleColumn("precision").getString(3));
        assertEquals(List.of(3L, 2L, 1L, 6L, 6L), table.longColumn("support").asList());
        assertTrue(table.name().contains("accuracy 0.6667"));
    }

    @Test
    void perfectPredictionsHaveNoNotes() {
        int[] y = {0, 1, 2, 1};
        ClassificationReport perfect = ConfusionMatrix.of(y, y, 3).report();
        assertEquals(List.of(), perfect.notes());
        assertEquals(1.0, perfect.macro("f1").value(), EPS);
    }
}
