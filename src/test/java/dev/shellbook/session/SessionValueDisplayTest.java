package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** How values look to the learner (the display code runs in the execution JVM; tested here directly). */
class SessionValueDisplayTest {

    @Test
    void showsAHugeMatrixAsShapeAndAFewCellsWithoutReadingTheRest() {
        DMatrixRMaj big = new DMatrixRMaj(60000, 784);
        big.set(0, 1, 0.25);
        String shown = ValueDisplay.of(big);
        String[] lines = shown.split("\n");
        assertEquals("DMatrixRMaj 60000×784", lines[0]);
        assertEquals(7, lines.length, shown);
        assertEquals("  0.0000 0.2500 0.0000 0.0000 0.0000 0.0000 … 0.0000", lines[1]);
        assertTrue(lines[5].strip().startsWith("…"), shown);
    }

    @Test
    void showsSmallMatricesWhole() {
        assertEquals("FMatrixRMaj 2×2\n  1 2\n  3 4", ValueDisplay.of(new FMatrixRMaj(2, 2, true, 1, 2, 3, 4)));
        assertEquals("SimpleMatrix 1×2\n  1.000e-06 2.000e+06",
                ValueDisplay.of(new SimpleMatrix(1, 2, true, 1e-6, 2e6)));
        assertEquals("DMatrixRMaj 0×3", ValueDisplay.of(new DMatrixRMaj(0, 3)));
    }

    @Test
    void printsTablesawTablesUpToTwentyRows() {
        Table table = Table.create("counts", IntColumn.create("n", new int[25]));
        String shown = ValueDisplay.of(table);
        assertTrue(shown.startsWith("Table counts 25×1\n"), shown);
        assertTrue(shown.endsWith("… (5 more rows)"), shown);
    }

    @Test
    void quotesStringsLikeJshellAndCapsLongOnes() {
        assertEquals("\"a\\\"b\\n\"", ValueDisplay.of("a\"b\n"));
        assertEquals("'\\''", ValueDisplay.of('\''));
        String capped = ValueDisplay.of("x".repeat(5000));
        assertTrue(capped.endsWith("… (5000 chars in all)") && capped.length() < 400, capped);
    }

    @Test
    void showsOnlyTheFirstElementsOfLargeArraysAndCollections() {
        assertEquals("int[3] { 1, 2, 3 }", ValueDisplay.of(new int[] {1, 2, 3}));
        assertEquals("double[2][] { double[1] { 0.5 }, double[0] {  } }",
                ValueDisplay.of(new double[][] {{0.5}, {}}));
        assertTrue(ValueDisplay.of(new double[47_040_000]).endsWith(", … (47040000 in all) }"));
        List<Integer> many = new ArrayList<>(Collections.nCopies(1000, 7));
        assertTrue(ValueDisplay.of(many).endsWith(", … (1000 in all)]"));
        assertEquals("[DMatrixRMaj 2×2 …]", ValueDisplay.of(List.of(new DMatrixRMaj(2, 2))));
    }

    @Test
    void capsAnyOtherLongText() {
        Object chatty = new Object() {
            @Override
            public String toString() {
                return "line\n".repeat(100);
            }
        };
        String shown = ValueDisplay.of(chatty);
        assertEquals(40, shown.split("\n").length);
        assertTrue(shown.endsWith("… (500 chars in all)"), shown);
    }
}
