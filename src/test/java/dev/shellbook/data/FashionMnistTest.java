package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class FashionMnistTest {
    static final Path DIR = Path.of("data", "fashion-mnist");
    static Dataset train;

    @BeforeAll
    static void load() {
        train = FashionMnist.train(DIR);
    }

    @Test
    void trainHas60000ScaledImagesOfTenClasses() {
        assertEquals(60_000, train.size());
        assertEquals(784, train.features());
        assertEquals(10, train.classes());
        assertEquals(28, train.imageRows());
        DMatrixRMaj x = train.x();
        double max = 0;
        for (double v : x.data) {
            assertTrue(v >= 0 && v <= 1);
            max = Math.max(max, v);
        }
        assertEquals(1.0, max);
        assertEquals("Ankle boot", train.classNames()[9]);
    }

    @Test
    void rawImagesAgreeWithScaledMatrix() {
        ImageSet images = DataFiles.images(IdxFile.read(DIR.resolve("train-images-idx3-ubyte.gz")), "");
        assertArrayEquals(new int[] {60_000, 28, 28}, images.shape());
        assertEquals(images.pixel(0, 14, 14) / 255.0, train.x().get(0, 14 * 28 + 14), 0);
        assertEquals(images.pixel(7, 3, 20), (int) images.image(7).get(3, 20));
        String grid = images.pixelGrid(0);
        assertEquals(28, grid.lines().count());
        assertEquals(28 * 4, grid.lines().findFirst().orElseThrow().length());
        assertThrows(IllegalArgumentException.class, () -> images.pixel(60_000, 0, 0));
    }

    @Test
    void testSetAndClassCounts() {
        Dataset test = FashionMnist.test(DIR);
        assertEquals(10_000, test.size());
        Table counts = test.classCounts();
        assertEquals(10, counts.rowCount());
        assertEquals(1000, counts.intColumn("count").getInt(3));
        assertEquals("Dress", counts.stringColumn("name").get(3));
    }

    @Test
    void onlyClassesRelabelsToZeroAndOne() {
        Dataset two = train.first(2000).onlyClasses(0, 6);
        assertArrayEquals(new String[] {"T-shirt/top", "Shirt"}, two.classNames());
        for (int v : two.y()) {
            assertTrue(v == 0 || v == 1);
        }
        int expected = 0;
        for (int i = 0; i < 2000; i++) {
            expected += train.y()[i] == 0 || train.y()[i] == 6 ? 1 : 0;
        }
        assertEquals(expected, two.size());
    }

    @Test
    void wrongFileUnderShippedNameFailsTheHashCheck(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.idx(2, 28, 28));
        IdxFiles.gz(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.idx(2));
        DataException e = assertThrows(DataException.class, () -> FashionMnist.train(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz: SHA-256 of the uncompressed bytes is"),
                e.getMessage());
        assertTrue(e.getMessage().contains("expected " + FashionMnist.SHA256.get("train-images-idx3-ubyte")));
        assertTrue(e.getMessage().contains("git checkout -- data/fashion-mnist"), e.getMessage());
    }

    @Test
    void missingFileListsTheFolder(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("train-images.gz"), IdxFiles.idx(2, 28, 28));
        DataException e = assertThrows(DataException.class, () -> FashionMnist.train(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz: file not found"), e.getMessage());
        assertTrue(e.getMessage().contains("The folder holds: train-images.gz"), e.getMessage());
    }
}
