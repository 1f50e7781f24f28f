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

    @Test
    void aStoppedStepSaysWhatIsTrueOfObjectsItWasChanging() {
        notebook.failure(new CellResult(List.of(new SnippetResult("train()", Path.of("lessons/x.jsh"), 3,
                Status.STOPPED, null, null, "", List.of(), null, "lessons/x.jsh:3: stopped (Ctrl-C)."))));
        assertTrue(text.toString().startsWith("Stopped. The session is still yours: variables keep the values they had"
                + " when the code stopped, and an object it was changing (a matrix being filled, a model being"
                + " trained) may be half done"), text.toString());
        assertFalse(text.toString().contains("as they were before"), text.toString());
    }

    @Test
    void proseFollowsTheTerminalWidthAsItChanges() {
        int[] columns = {40};
        Notebook resized = new Notebook(new PrintWriter(text, true), Style.plain(), () -> columns[0]);
        String prose = "word ".repeat(30).strip();
        resized.step(1, 2, "First", false, prose);
        columns[0] = 120;
        resized.step(2, 2, "Second", false, prose);
        List<String> lines = text.toString().lines().filter(l -> l.startsWith("word")).toList();
        assertTrue(lines.get(0).length() <= 39, lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.length() > 80), "after the resize prose wraps wider: " + lines);
    }
}
