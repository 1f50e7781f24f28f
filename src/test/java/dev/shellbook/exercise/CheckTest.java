package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void rowsSumToNamesTheRowAndTheSum() {
        DMatrixRMaj p = new DMatrixRMaj(new double[][]{{0.5, 0.5}, {0.2, 0.8}, {0.9, 0.83}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.rowsSumTo(p, 1.0, 1e-9));
        assertEquals("row 2 sums to 1.73, expected 1 (±1e-9)", e.getMessage());
    }

    @Test
    void shapeSaysExpectedAndFound() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.shape("p", new DMatrixRMaj(4, 1), 4, 10));
        assertEquals("p: expected 4×10, found 4×1", e.getMessage());
    }

    @Test
    void finiteCatchesNaN() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][]{{1, Double.NaN}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.finite("softmax(z)", m));
        assertEquals("softmax(z)[0,1] is NaN, expected a finite number", e.getMessage());
    }

    @Test
    void closePassesWithinTolerance() {
        assertDoesNotThrow(() -> Check.close("acc", 0.5, 0.5 + 1e-12, 1e-9));
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.close("acc", 0.5, 0.25, 1e-9));
        assertEquals("acc is 0.25, expected 0.5 (±1e-9)", e.getMessage());
    }

    @Test
    void nullResultSaysToReturnIt() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.shape("p", null, 1, 1));
        assertEquals("p is null, expected a value. Did you forget to return it?", e.getMessage());
    }
}
