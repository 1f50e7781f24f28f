package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: batch runs, the lesson list, help and version. */
class RunCommandTest {
    private static final Path LESSONS = Path.of("src/test/resources/lessons");

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void runExitsNonZeroNamingTheFailingStep() {
        int status = execute("run", "2", "--quick", "--lessons", LESSONS.toString(),
                "--work", work.toString());
        assertEquals(1, status, out.toString());
        assertTrue(out.toString().contains("hello from lesson two"), out.toString());
        String expected = "shellbook run: " + LESSONS.resolve("02-second.jsh")
                + ":12 step 2 \"Broken\": ArrayIndexOutOfBoundsException";
        assertTrue(err.toString().startsWith(expected), err.toString());
    }

    @Test
    void runPrintsATranscriptWithReferenceSolutionsAndExitsZero() {
        int status = execute("run", "warmup", "--lessons", LESSONS.toString());
        assertEquals(0, status, err.toString());
        String text = out.toString();
        assertTrue(text.contains("── 1/4 Numbers "), text);
        assertTrue(text.contains("x is 42"), text);
        assertTrue(text.contains("DMatrixRMaj 2×2"), text);
        assertTrue(text.contains("✓ twice: the reference solution passes its checks."), text);
        assertTrue(text.contains("twice x is 84"), text);
        assertTrue(text.contains("✓ 01-warmup: all 4 steps ran."), text);
    }

    @Test
    void runAllWithTimingRunsEveryLessonAndTablesThemUpToTheFailure() {
        int status = execute("run", "--all", "--timing", "--quick", "--lessons", LESSONS.toString(),
                "--work", work.toString());
        assertEquals(1, status, err.toString());
        assertTrue(out.toString().contains("✓ 01-warmup: all 4 steps ran."), out.toString());
        String table = err.toString();
        assertTrue(table.matches("(?s)(|.*\n)timing: 01-warmup: [0-9.]+ s wall, [0-9.]+ s CPU, tree peak \\d+ MiB"
                + " \\(high-water marks, MiB: shell JVM \\d+, execution JVM \\d+[,)].*"), table);
        assertTrue(table.matches("(?s).*\n01-warmup +[0-9.]+ +[0-9.]+ .*\n02-second \\(failed\\) .*\ncourse .*"),
                table);
    }

    @Test
    void runWithoutLessonsAsksForThemOrForAll() {
        int status = execute("run", "--lessons", LESSONS.toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("run: name the lessons to run (run 3 5), or give --all for every lesson."),
                err.toString());
    }

    @Test
    void listShowsStepsAndExercises() {
        int status = execute("list", "--lessons", LESSONS.toString(), "--work", work.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().matches("(?s).*01-warmup\\s+Warm-up\\s+4\\s+1\\s+0/1.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*02-second\\s+Second lesson\\s+2\\s+0\\s+-.*"), out.toString());
    }

    @Test
    void unknownLessonSaysWhichExist() {
        int status = execute("run", "99", "--lessons", LESSONS.toString());
        assertEquals(1, status);
        assertTrue(err.toString().contains("no lesson matches '99'. The lessons are: 01-warmup, 02-second."),
                err.toString());
    }

    @Test
    void helpNamesTheSubcommandsAndVersionTheProduct() {
        assertEquals(0, execute("--help"));
        assertTrue(out.toString().contains("run") && out.toString().contains("list"), out.toString());
        assertEquals(0, execute("--version"));
        assertTrue(out.toString().contains("Shellbook"), out.toString());
    }
}
