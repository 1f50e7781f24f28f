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
