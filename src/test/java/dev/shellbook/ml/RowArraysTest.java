package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RowArraysTest {
    @Test
    void sameMatrixSameContentsReusesTheCopy() {
        DMatrixRMaj x = Synthetic.x(50, 7, 1);
        double[][] first = RowArrays.of(x);
        assertSame(first, RowArrays.of(x));
        assertArrayEquals(new double[] {x.get(3, 0), x.get(3, 1), x.get(3, 2), x.get(3, 3), x.get(3, 4), x.get(3, 5),
            x.get(3, 6)}, first[3], 0);
    }

    @Test
    void modifiedMatrixIsCopiedAgain() {
        DMatrixRMaj x = Synthetic.x(50, 7, 2);
        double[][] first = RowArrays.of(x);
        x.set(49, 6, 42.0);
        double[][] second = RowArrays.of(x);
        assertNotSame(first, second);
        assertEquals(42.0, second[49][6], 0);
        assertNotSame(second, RowArrays.of(x.copy()));
    }

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
