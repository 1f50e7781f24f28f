package dev.shellbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
    @TempDir
    Path out;

    @Test
    void exitsNonZeroNamingFileLineAndExercise() {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        int code = cli.execute("--quick", "--heap", "256m", "--lessons", "src/test/resources/exercise-lessons/bad",
                "--out", out.toString(), "1");
        assertEquals(1, code);
        String errors = stderr.toString();
        assertTrue(errors.contains(Path.of("src/test/resources/exercise-lessons/bad").resolve("01-vacuous.jsh") + ":18: exercise vacuous: the checks"
                + " pass on the blank"), errors);
        String text = stdout.toString();
        assertTrue(text.contains("01-vacuous"), text);
        assertTrue(text.contains("exercises ok"), text);
        assertTrue(text.contains("verify: 5 problems (listed above)."), text);
    }

    @Test
    void unknownLessonSaysWhichExist() {
        StringWriter stderr = new StringWriter();
        CommandLine cli = new CommandLine(new VerifyCommand());
        cli.setErr(new PrintWriter(stderr));
        assertEquals(2, cli.execute("--lessons", "src/test/resources/exercise-lessons/good", "nope"));
        assertTrue(stderr.toString().contains("no lesson matches 'nope'. The lessons are: 01-sums."), stderr.toString());
    }
}
