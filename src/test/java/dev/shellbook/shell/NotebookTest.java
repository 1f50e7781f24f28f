package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.chart.ChartLine;
import dev.shellbook.chart.ChartPictures;
import dev.shellbook.chart.ImageDetection;
import dev.shellbook.chart.ImageMode;
import dev.shellbook.chart.Passthrough;
import dev.shellbook.chart.Plot;
import dev.shellbook.chart.PlotFile;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.SnippetResult;
import dev.shellbook.session.SnippetResult.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void showsEachSavedChartAsATextPlotUnderItsPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loss.plot"), PlotFile.write(new Plot.Lines("Loss per epoch", "epoch", "loss",
                List.of(new Plot.Series("train loss", new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.4}, false)))));
        notebook.pictures(new ChartPictures(new ImageDetection.Target(ImageMode.TEXT, Passthrough.NONE),
                ChartPictures.Geometry.of(80, 24, ""), false));
        String png = dir.resolve("loss.png").toString();
        notebook.sink().write(ChartLine.of(Path.of(png)) + "\n", false); // streamed while the cell ran
        notebook.cell(new CellResult(List.of(expression("Charts.lines(…)", png, ChartLine.of(Path.of(png)) + "\n"))));
        List<String> lines = text.toString().lines().toList();
        assertEquals(ChartLine.of(Path.of(png)), lines.get(0), "the path first, always");
        assertEquals("Loss per epoch", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*┤[⠀-⣿ ]+")), "braille rows");
        assertTrue(lines.get(lines.size() - 1).endsWith(" train loss"), "the legend last");
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
