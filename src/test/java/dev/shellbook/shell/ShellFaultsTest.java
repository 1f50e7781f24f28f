package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shellbook.exercise.Progress;
import dev.shellbook.files.AtomicFiles;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shell under damaged or unusual files and folders: it stays up, says what is wrong, and loses nothing. */
@Timeout(120)
class ShellFaultsTest {
    static final Path LESSONS = Path.of("src/test/resources/lessons");
    static Session session;
    static Lesson warmup;

    @TempDir
    Path work;

    @BeforeAll
    static void startSession() {
        session = Session.start(SessionOptions.defaults().heap("256m").spare(false)
                .property("shellbook.lesson", "01-warmup"));
        warmup = LessonParser.parse(LESSONS.resolve("01-warmup.jsh"));
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    private String drive(String script, int step) {
        StringWriter text = new StringWriter();
        PlainInput input = new PlainInput(new BufferedReader(new StringReader(script)), new PrintWriter(text, true),
                session::isComplete, Style.plain(), 100);
        new Shell(session, input, Setup.of(LESSONS, work), Progress.load(work)).run(warmup, step);
        return text.toString();
    }

    @Test
    void aReadOnlyWorkFolderIsSaidOnceAndNothingClaimsASave() throws Exception {
        Files.createDirectories(work);
        readOnly(work, true);
        try {
            String out = drive("\nx + 1\n/quit\n", 1);
            String notice = work + "/ is read-only: your progress and history will not be saved this time.";
            assertEquals(1, out.split(java.util.regex.Pattern.quote(notice), -1).length - 1, out);
            assertTrue(out.contains("x is 42"), out);
            assertTrue(out.contains("43"), "the session works:\n" + out);
            assertTrue(out.contains("You were at 01-warmup, step 2 of 4 (not saved: the work folder is read-only)."),
                    out);
            assertFalse(out.contains("Your place is saved"), out);
            assertFalse(out.contains("That did not work"), out);
        } finally {
            readOnly(work, false);
        }
        assertFalse(Files.exists(work.resolve(Progress.FILE_NAME)));
    }

    /** Makes {@code dir} read-only even for root (whom permission bits do not stop), or writable again. */
    private static void readOnly(Path dir, boolean on) throws Exception {
        dir.toFile().setWritable(!on);
        if (on == AtomicFiles.canWrite(dir)) {
            new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).inheritIO().start().waitFor();
        }
        assumeTrue(on != AtomicFiles.canWrite(dir), "cannot make " + dir + (on ? " read-only" : " writable") + " here");
    }

    @Test
    void anExerciseFileThatIsNotUtf8LeavesTheShellUpAndNamesItsLine() throws Exception {
        Path file = work.resolve("01-warmup/twice.jsh");
        Files.createDirectories(file.getParent());
        byte[] latin1 = "int twice(int n) {\n    return 2 * n; // caf\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        String out = drive("/check\n/quit\n", 3);
        assertTrue(out.contains(file + ":2 is not UTF-8 text"), out);
        assertTrue(out.contains("type /blank to start again"), out);
        assertFalse(out.contains("/reset the exercise"), out);
        assertTrue(out.contains("01 warmup 3/4> /check"), "the shell went on to read commands:\n" + out);
        assertTrue(out.contains("Bye!"), out);
        assertArrayEquals(latin1, Files.readAllBytes(file));
    }
}
