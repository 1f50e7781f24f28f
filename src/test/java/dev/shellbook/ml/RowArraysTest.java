package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RowArraysTest {
    @Test
    void float32RowsAreRoundedCachedAndRecopiedAfterAChange() {
        DMatrixRMaj x = Synthetic.x(50, 7, 3);
        float[][] first = RowArrays.floats(x);
        assertEquals((float) x.get(4, 5), first[4][5], 0);
        assertSame(first, RowArrays.floats(x));
        x.set(49, 6, 0.1);
        float[][] second = RowArrays.floats(x);
        assertNotSame(first, second);
        assertEquals(0.1f, second[49][6], 0);
    }
}
