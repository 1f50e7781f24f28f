package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import dev.shellbook.exercise.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProgressCommandTest {
    @TempDir
    Path work;

    @Test
    void printsEveryExerciseAndTheSummary() {
        Progress p = Progress.load(work);
        p.recordCheck("01-sums", "total", true, "✓ total: all 2 checks pass.");
        p.savePosition("01-sums", 3);
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter());
        assertEquals(0, code);
        String text = out.toString();
        assertTrue(text.contains("✓ done"), text);
        assertTrue(text.contains("· not started"), text);
        assertTrue(text.contains("Done: 1 of 2 exercises. You were at 01-sums, step 3"), text);
    }

    @Test
    void fitsTheTableToTheWidthItIsGiven() {
        Progress p = Progress.load(work);
        p.recordCheck("01-sums", "total", false, "✗ total: total(new int[] {1, 2, 3}) is 5, expected 6; look at "
                + "the loop's last index, which is never added.");
        StringWriter wide = new StringWriter();
        run(wide, new StringWriter(), "--width", "0");
        StringWriter narrow = new StringWriter();
        run(narrow, new StringWriter(), "--width", "60");
        assertTrue(wide.toString().lines().anyMatch(l -> l.length() > 60), wide.toString());
        assertTrue(narrow.toString().lines().takeWhile(l -> !l.startsWith("Done:"))
                .allMatch(l -> l.length() <= 60), narrow.toString());
        assertTrue(narrow.toString().contains("✗ total"), narrow.toString());
    }

    @Test
    void reportsACorruptProgressFile() throws Exception {
        Files.writeString(work.resolve(Progress.FILE_NAME), "garbage without end");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err));
        assertTrue(err.toString().contains("could not be read"), err.toString());
    }

    private int run(StringWriter out, StringWriter err, String... more) {
        CommandLine cli = new CommandLine(new ProgressCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = {"--lessons", "src/test/resources/exercise-lessons/good", "--work", work.toString()};
        return cli.execute(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }
}
