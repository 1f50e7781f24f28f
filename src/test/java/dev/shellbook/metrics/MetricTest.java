package dev.shellbook.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void definedValuePrintsWithFourDecimals() {
        Metric m = Metric.ratio("precision", 10, 100, "no positive predictions");
        assertTrue(m.defined());
        assertEquals("0.1000", m.toString());
        assertEquals("", m.note());
    }

    @Test
    void zeroOverZeroIsUndefinedWithTheReason() {
        Metric m = Metric.ratio("precision", 0, 0, "no positive predictions");
        assertFalse(m.defined());
        assertEquals("undefined (no positive predictions: 0/0)", m.toString());
        assertEquals(-1.0, m.orElse(-1.0));
    }

    @Test
    void undefinedValueWithoutANoteIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Metric("recall", Double.NaN, ""));
        assertEquals("metric recall: an undefined (NaN) value needs a note saying why", e.getMessage());
    }
}
