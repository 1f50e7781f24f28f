package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToyTest {
    @Test
    void logisticSetIsTheSixPoints() {
        DMatrixRMaj x = Toy.logisticX();
        assertEquals(6, x.numRows);
        assertEquals(2, x.numCols);
        assertArrayEquals(new double[] {1, 2, 2, 3, 3, 1, 4, 3, 5, 3, 6, 2}, x.data, 0);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, Toy.logisticY());
        assertEquals(2, Toy.logistic().classes());
    }

    @Test
    void badCellNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("t.csv"), "x1,x2,y\n1,2,0\n1,oops,1\n");
        DataException e = assertThrows(DataException.class, () -> Toy.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3: 'oops' is not a number"), e.getMessage());
    }
}
