package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.CellResult;
import dev.shellbook.session.SnippetResult;
import dev.shellbook.session.SnippetResult.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookTest {
    private final StringWriter text = new StringWriter();
    private final Notebook notebook = new Notebook(new PrintWriter(text, true), Style.plain(), 100);

    private static SnippetResult expression(String source, String value, String output) {
        return new SnippetResult(source, Path.of("lessons/x.jsh"), 3, Status.OK, value, null, output, List.of(),
                null, "");
    }

    @Test
    void leavesOutAChartPathItsSavedLineAlreadyPrinted() {
        String png = "out/04-x/sigmoid.png";
        notebook.cell(new CellResult(List.of(expression("Charts.function(\"sigmoid\", …)", png,
                "chart saved: " + png + " (+ .svg)\n"))));
        assertFalse(text.toString().contains(png), text.toString());
    }

    @Test
    void showsOtherValues() {
        notebook.cell(new CellResult(List.of(expression("x.numRows", "60000", ""))));
        assertTrue(text.toString().contains("60000"), text.toString());
    }
}
