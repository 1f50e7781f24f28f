package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SplitTest {
    /** 60,000 labels, 6,000 per class, in the interleaved order of a shuffled data set. */
    static int[] sixThousandEach() {
        int[] y = new int[60_000];
        Arrays.setAll(y, i -> (i * 7) % 10);
        return y;
    }

    @Test
    void eightyTwentyGives4800And1200PerClass() {
        int[] y = sixThousandEach();
        Split s = Split.stratified(y, 0.2, 42);
        assertEquals(48_000, s.train().length);
        assertEquals(12_000, s.validation().length);
        for (int c = 0; c < 10; c++) {
            int cls = c;
            assertEquals(4800, Arrays.stream(s.train()).filter(i -> y[i] == cls).count());
            assertEquals(1200, Arrays.stream(s.validation()).filter(i -> y[i] == cls).count());
        }
    }

    @Test
    void theDataSetsOfASplitAreItsRowsInTheSplitsOrder() {
        int[] y = {0, 0, 0, 1, 1, 2, 2, 2, 2, 1};
        org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(y.length, 2);
        for (int i = 0; i < y.length; i++) {
            x.set(i, 0, i);
            x.set(i, 1, -i);
        }
        Dataset all = new Dataset(x, y, new String[] {"a", "b", "c"});
        Split.Parts parts = Split.stratified(all, 0.3, 1);
        assertArrayEquals(Split.stratified(y, 0.3, 1).train(), parts.split().train());
        int[] rows = parts.split().validation();
        assertEquals(rows.length, parts.validation().size());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], parts.validation().x().get(i, 0));
            assertEquals(y[rows[i]], parts.validation().y()[i]);
        }
        assertEquals(parts.split().train().length, parts.train().size());
        assertEquals(parts.split().train()[0], parts.train().x().get(0, 0));
    }

    @Test
    void partsAreDisjointAndCoverEveryRow() {
        int[] y = {0, 0, 0, 1, 1, 2, 2, 2, 2, 1, 0};
        Split s = Split.stratified(y, 0.3, 1);
        int[] all = new int[y.length];
        for (int i : s.train()) {
            all[i]++;
        }
        for (int i : s.validation()) {
            all[i]++;
        }
        int[] ones = new int[y.length];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, all);
        assertEquals(4, s.validation().length);
    }

    @Test
    void sameSeedSameSplitOtherSeedOther() {
        int[] y = sixThousandEach();
        assertArrayEquals(Split.stratified(y, 0.2, 7).validation(), Split.stratified(y, 0.2, 7).validation());
        assertFalse(Arrays.equals(Split.stratified(y, 0.2, 7).validation(), Split.stratified(y, 0.2, 8).validation()));
    }

    @Test
    void fractionOutsideZeroOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Split.stratified(new int[] {0, 1}, 1.0, 1));
        assertEquals("stratified: expected a validation fraction in (0, 1), found 1.0", e.getMessage());
    }
}
