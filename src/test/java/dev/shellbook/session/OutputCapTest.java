package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputCapTest {

    private final OutputCap cap = new OutputCap();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream printOut = new PrintStream(cap.stream(0, out), true, StandardCharsets.UTF_8);
    private final PrintStream printErr = new PrintStream(cap.stream(1, err), true, StandardCharsets.UTF_8);

    @Test
    void passesTheFirstLinesAndAfterTheSnippetTheLastOnesWithACountOfWhatWasLeftOut() {
        cap.startCell();
        for (int i = 0; i < 1_000_000; i++) {
            printOut.println(i);
        }
        assertEquals(OutputCap.HEAD_LINES, lines(out).size(), "only the head goes through while it prints");
        cap.endSnippet();
        List<String> shown = lines(out);
        assertEquals(OutputCap.HEAD_LINES + 1 + OutputCap.TAIL_LINES, shown.size());
        assertEquals("99", shown.get(99));
        assertEquals("… (999,800 lines not shown: a cell's output is capped at its first 100 and last 100 lines)",
                shown.get(100));
        assertEquals("999900", shown.get(101));
        assertEquals("999999", shown.get(shown.size() - 1));
    }

    @Test
    void leavesShortOutputAlone() {
        cap.startCell();
        printOut.println("one");
        printErr.println("two");
        cap.endSnippet();
        assertEquals("one\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("two\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void countsALineWithoutBreaksAsManyLines() {
        cap.startCell();
        for (int i = 0; i < 1_000_000; i++) {
            printOut.print('x');
        }
        assertEquals(OutputCap.HEAD_LINES * OutputCap.LINE_BYTES, out.size());
        cap.endSnippet();
        assertTrue(out.size() < (OutputCap.HEAD_LINES + OutputCap.TAIL_LINES + 1) * OutputCap.LINE_BYTES,
                out.size() + " bytes");
    }

    @Test
    void keepsTheTailOnTheChannelItWasPrintedOn() throws IOException {
        cap.startCell();
        for (int i = 0; i < 300; i++) {
            printOut.println("o" + i);
        }
        printErr.println("the error at the end");
        cap.endSnippet();
        assertEquals("the error at the end\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(lines(out).contains("o299"));
        assertTrue(lines(out).contains("… (101 lines not shown: a cell's output is capped at its first 100 and"
                + " last 100 lines)"), lines(out).get(100));
    }

    @Test
    void givesEachCellAFreshBudgetAndDropsWhatWasPrintedBetweenCells() {
        cap.startCell();
        for (int i = 0; i < 500; i++) {
            printOut.println("first");
        }
        cap.endSnippet();
        printOut.println("between cells");
        cap.startCell();
        out.reset();
        printOut.println("second");
        cap.endSnippet();
        assertEquals("second\n", out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
