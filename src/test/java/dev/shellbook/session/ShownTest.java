package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shellbook.chart.ChartLine;
import dev.shellbook.session.SnippetResult.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTest {
    private static SnippetResult ran(String source, String name, String value, String output) {
        return new SnippetResult(source, Path.of("lessons/x.jsh"), 3, Status.OK, value, name, output, List.of(),
                null, "");
    }

    @Test
    void showsAnExpressionsValueAndWhatItPrinted() {
        Shown shown = Shown.of(ran("x.numRows", "$1", "60000", "rows:\n"));
        assertEquals("60000", shown.value());
        assertEquals("rows:\n", shown.printed());
        assertEquals(List.of(), shown.charts());
    }

    @Test
    void aChartCallsPathIsLeftOutWhenItsLineWasPrintedAndTheChartIsListed() {
        Path png = Path.of("out/04-x/sigmoid.png");
        Shown shown = Shown.of(ran("Charts.function(\"sigmoid\", f)", "$2", png.toString(),
                "drawing\n" + ChartLine.of(png) + "\n"));
        assertNull(shown.value());
        assertEquals(List.of(png), shown.charts());
        assertEquals(png.toString(), Shown.of(ran("p", "p", png.toString(), "")).value());
    }

    @Test
    void identityStringsAndNullTellNothingInTheShellAsOnAPage() {
        assertNull(Shown.of(ran("System.out.printf(\"%d%n\", 3)", "$3", "java.io.PrintStream@5db45159", "3\n"))
                .value());
        assertNull(Shown.of(ran("new Object()", "$4", "java.lang.Object@1b6d3586", "")).value());
        assertNull(Shown.of(ran("map.put(1, 2)", "$5", "null", "")).value());
    }

    @Test
    void aDeclarationsValueIsNotShown() {
        assertNull(Shown.of(ran("int n = 5;", "n", "5", "")).value());
        assertEquals("5", Shown.of(ran("n", "n", "5", "")).value());
        assertEquals("5", Shown.of(ran("n;", "n", "5", "")).value());
    }
}
