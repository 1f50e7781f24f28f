package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * {@link Dataset#first}: a copy of fewer rows, and no copy of them all (60,000 images are 376 MB); {@link Dataset#map}:
 * a view whose rows go through f when read; a loaded set, whose rows are read from its pixel bytes until x is made.
 */
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

    @Test
    void aMappedViewReadsItsRowsThroughFAndLeavesTheStoredMatrixAlone() {
        Dataset tenTimes = three.map(v -> 10 * v);
        double[] rows = new double[4];
        tenTimes.copyRows(new int[] {2, 0}, 0, 2, rows);
        assertArrayEquals(new double[] {50, 60, 10, 20}, rows, 0);
        assertArrayEquals(new double[] {10, 20, 30, 40, 50, 60}, tenTimes.x().data, 0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, three.x().data, 0);
        assertSame(three.y(), tenTimes.y());
    }

    @Test
    void aViewMakesItsMatrixOnceAndAViewOfAViewAppliesBoth() {
        Dataset view = three.map(v -> v + 1);
        assertSame(view.x(), view.x());
        assertArrayEquals(new double[] {4, 6, 8, 10, 12, 14}, view.map(v -> 2 * v).x().data, 0);
    }

    @Test
    void subsetsOfAViewHoldTheMappedRows() {
        Dataset last = three.map(v -> -v).subset(new int[] {2});
        assertArrayEquals(new double[] {-5, -6}, last.x().data, 0);
        assertArrayEquals(new int[] {0}, last.y());
    }

    @Test
    void copyRowsOfTheStoredMatrixCopiesThemInOrder() {
        double[] rows = new double[6];
        three.copyRows(new int[] {9, 1, 2}, 1, 2, rows);
        assertArrayEquals(new double[] {3, 4, 5, 6, 0, 0}, rows, 0);
    }

    /** Two 1×3 images after a 2-byte header: pixels {0, 255, 51} and {102, 0, 204}. */
    private static Dataset loaded() {
        byte[] bytes = {9, 9, 0, (byte) 255, 51, 102, 0, (byte) 204};
        ImageSet images = new ImageSet(Path.of("two-images"), 2, 1, 3, bytes, 2);
        return Dataset.ofPixels(images, new int[] {1, 0}, new String[] {"a", "b"});
    }

    @Test
    void aLoadedSetReadsItsRowsAsPixelsOver255AndMakesTheSameMatrixOnce() {
        Dataset d = loaded();
        double[] rows = new double[6];
        d.copyRows(new int[] {1, 0}, 0, 2, rows);
        assertArrayEquals(new double[] {102 / 255.0, 0, 204 / 255.0, 0, 1, 51 / 255.0}, rows, 0);
        assertArrayEquals(new double[] {0, 1, 51 / 255.0, 102 / 255.0, 0, 204 / 255.0}, d.x().data, 0);
        assertSame(d.x(), d.x());
        double[] after = new double[3];
        d.copyRows(new int[] {1}, 0, 1, after);
        assertArrayEquals(new double[] {102 / 255.0, 0, 204 / 255.0}, after, 0);
        assertEquals(3, d.features());
        assertEquals(1, d.imageRows());
    }

    @Test
    void subsetsViewsAndClassPairsOfALoadedSetHoldItsScaledPixels() {
        Dataset d = loaded();
        assertArrayEquals(new double[] {102 / 255.0, 0, 204 / 255.0}, d.subset(new int[] {1}).x().data, 0);
        assertArrayEquals(new double[] {0, 255, 51, 102, 0, 204}, d.map(v -> Math.round(255 * v)).x().data, 0);
        assertArrayEquals(new int[] {0, 1}, d.onlyClasses(1, 0).y());
        assertArrayEquals(new double[] {0, 1, 51 / 255.0}, d.onlyClasses(1, 0).subset(new int[] {0}).x().data, 0);
    }

    @Test
    void float32RowsOfEveryKindAreTheirFloat64RowsRounded() {
        int[] order = {1, 0};
        for (Dataset d : new Dataset[] {loaded(), loaded().map(v -> v * 3), loaded().subset(new int[] {0, 1})}) {
            float[][] rows = new float[3][3];
            d.copyRows(order, 0, 2, rows, 1);
            double[] wide = new double[6];
            d.copyRows(order, 0, 2, wide);
            for (int k = 0; k < 6; k++) {
                assertEquals(Float.floatToRawIntBits((float) wide[k]), Float.floatToRawIntBits(rows[1 + k / 3][k % 3]),
                        d + " entry " + k);
            }
            assertArrayEquals(new float[3], rows[0], 0, "rows before `at` are left alone");
        }
        for (int b = 0; b < 256; b++) { // all 256 pixel values: the byte path's table against (float) (b / 255.0)
            byte[] one = {(byte) b};
            Dataset d = Dataset.ofPixels(new ImageSet(Path.of("one"), 1, 1, 1, one, 0), new int[] {0}, new String[] {"a"});
            float[][] row = new float[1][1];
            d.copyRows(new int[] {0}, 0, 1, row, 0);
            assertEquals(Float.floatToRawIntBits((float) (b / 255.0)), Float.floatToRawIntBits(row[0][0]), "pixel " + b);
        }
    }
}
