package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shellbook.exercise.CheckFailed.Kind;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void rowsSumToNamesTheRowAndTheSum() {
        DMatrixRMaj p = new DMatrixRMaj(new double[][]{{0.5, 0.5}, {0.2, 0.8}, {0.9, 0.83}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.rowsSumTo(p, 1.0, 1e-9));
        assertEquals("the sum of row 2 is 1.73, expected 1 (±1e-9)", e.detail().text());
    }

    @Test
    void shapeSaysExpectedAndFound() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.shape("p", new DMatrixRMaj(4, 1), 4, 10));
        assertEquals("p is 4×1, expected 4×10", e.detail().text());
    }

    @Test
    void finiteCatchesNaN() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][]{{1, Double.NaN}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.finite("softmax(z)", m));
        assertEquals("softmax(z)[0,1] is NaN, expected a finite number", e.detail().text());
    }

    @Test
    void closePassesWithinTolerance() {
        assertDoesNotThrow(() -> Check.close("acc", 0.5, 0.5 + 1e-12, 1e-9));
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.close("acc", 0.5, 0.25, 1e-9));
        assertEquals("acc is 0.25, expected 0.5 (±1e-9)", e.detail().text());
    }

    @Test
    void nullResultSaysToReturnIt() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.shape("p", null, 1, 1));
        assertEquals("p is null, expected a value (did you forget to return it?)", e.detail().text());
    }

    @Test
    void aFailureCarriesItsPartsAcrossItsMessage() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.close("acc", 0.5, Double.NaN, 1e-9));
        assertEquals(new CheckFailed.Detail(Kind.NAN, "acc", "0.5 (±1e-9)", "NaN"), CheckFailed.detail(e.getMessage()));
        assertEquals(e.detail(), CheckFailed.detail(e.getMessage().strip()));
        assertEquals(new CheckFailed.Detail(Kind.OTHER, "plain words", "", ""), CheckFailed.detail("plain words"));
    }

    @Test
    void unchangedNamesTheCallTheArgumentAndTheEntry() {
        DMatrixRMaj before = new DMatrixRMaj(new double[][]{{1, 2}});
        DMatrixRMaj after = new DMatrixRMaj(new double[][]{{1, 7.5}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.unchanged("softmax(z)", "z", before, after));
        assertEquals(Kind.INPUT_CHANGED, e.detail().kind());
        assertEquals("z[0,1] after softmax(z) is 7.5, expected 2 as before: softmax(z) must not change z",
                e.detail().text());
        assertDoesNotThrow(() -> Check.unchanged("softmax(z)", "z", before, before.copy()));
    }

    @Test
    void changedCatchesAParameterThatWasReassignedNotUpdated() {
        DMatrixRMaj w = new DMatrixRMaj(new double[][]{{1, 2}});
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.changed("sgdStep", "W", w, w.copy()));
        assertEquals(Kind.UNCHANGED, e.detail().kind());
        assertEquals("W after sgdStep is unchanged, expected its entries changed in place (assigning a new matrix"
                + " to the parameter W leaves the caller's matrix as it was)", e.detail().text());
    }

    @Test
    void downhillTellsAStepWithTheGradientFromOneAgainstIt() {
        DMatrixRMaj before = new DMatrixRMaj(new double[][]{{1, 1}});
        DMatrixRMaj gradient = new DMatrixRMaj(new double[][]{{1, -2}});
        DMatrixRMaj down = new DMatrixRMaj(new double[][]{{0.9, 1.2}});
        DMatrixRMaj up = new DMatrixRMaj(new double[][]{{1.1, 0.8}});
        assertDoesNotThrow(() -> Check.downhill("sgdStep", "W", before, down, gradient));
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.downhill("sgdStep", "W", before, up, gradient));
        assertEquals(Kind.WRONG_DIRECTION, e.detail().kind());
        assertEquals("the step sgdStep took, (W after − W before)·gradient, is 0.5 (uphill), expected below 0:"
                + " downhill, against the gradient", e.detail().text());
    }

    @Test
    void decreasedWantsTheValueBelowItsStart() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.decreased("the batch loss", 2.3, 2.4));
        assertEquals("the batch loss is 2.4, expected below 2.3, its value before", e.detail().text());
    }

    @Test
    void aSignatureNamesTheCheckTheKindAndTheEntry() {
        CheckFailed e = assertThrows(CheckFailed.class, () -> Check.finite("softmax(z)",
                new DMatrixRMaj(new double[][]{{1, 0}, {0, Double.NaN}})));
        assertEquals(new CheckResult.Signature(112, "NAN", "[1,1]"), CheckResult.Signature.of(112, e.detail()));
        CheckFailed one = assertThrows(CheckFailed.class, () -> Check.close("acc", 0.5, 0.25, 1e-9));
        assertEquals(new CheckResult.Signature(7, "MISMATCH", ""), CheckResult.Signature.of(7, one.detail()));
    }
}
