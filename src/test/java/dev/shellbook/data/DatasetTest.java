package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** {@link Dataset#first}: a copy of fewer rows, and no copy of them all (60,000 images are 376 MB). */
class DatasetTest {
    private final Dataset three = new Dataset(new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}, {5, 6}}),
            new int[] {0, 1, 0}, new String[] {"a", "b"});

    @Test
    void firstOfFewerRowsCopiesThem() {
        Dataset two = three.first(2);
        assertNotSame(three.x(), two.x());
        assertArrayEquals(new double[] {1, 2, 3, 4}, two.x().data, 0);
        assertArrayEquals(new int[] {0, 1}, two.y());
    }

    @Test
    void firstOfAsManyRowsOrMoreIsTheDataSetItself() {
        assertSame(three, three.first(3));
        assertSame(three, three.first(60_000));
    }

    @Test
    void firstOfNoRowsIsEmpty() {
        assertEquals(0, three.first(0).size());
        assertEquals(0, three.first(-1).size());
    }
}
