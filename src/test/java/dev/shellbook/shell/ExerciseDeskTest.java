package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the exercise commands of the shell over one live session, as a learner at a terminal would. */
class ExerciseDeskTest {
    private static final Path LESSONS = Path.of("src/test/resources/lessons");
    private static Session session;
    private static Lesson warmup;

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

    @Test
    void watchShowsACheckMarkWhenACorrectFileIsSavedWithNoKeystroke() throws Exception {
        PipedWriter keys = new PipedWriter();
        StringWriter text = new StringWriter();
        PlainInput input = new PlainInput(new BufferedReader(new PipedReader(keys)), new PrintWriter(text, true),
                session::isComplete, Style.plain(), 100);
        Shell shell = new Shell(session, input, Setup.of(LESSONS, work), Progress.load(work));
        Thread learner = new Thread(() -> shell.run(warmup, 3));
        learner.start();
        try {
            keys.write("/watch\n");
            keys.flush();
            await(text, "watching twice> ");
            assertTrue(text.toString().contains("✗ twice: not done yet"), text.toString());
            Path file = work.resolve("01-warmup/twice.jsh");
            Path aside = Files.writeString(work.resolve("01-warmup/.twice.jsh.tmp"), "int twice(int n) {\n"
                    + "    return 2 * n;\n}\n");
            Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            await(text, "✓ twice: all 2 checks pass.");
        } finally {
            keys.write("\n/quit\n");
            keys.flush();
            learner.join(60_000);
        }
        String out = text.toString();
        assertTrue(out.indexOf("saved ") < out.indexOf("✓ twice: all 2 checks pass."), out);
        assertTrue(out.contains("Stopped watching"), out);
    }

    @Test
    void progressFitsTheTerminalAndSaysSkipped() {
        String out = drive(warmup, 3, "/skip\n/progress\n/quit\n", 64);
        String table = out.substring(out.indexOf("Progress"));
        assertTrue(table.contains("→ skipped"), out);
        table.lines().takeWhile(l -> !l.contains("> ")).forEach(l -> assertTrue(l.length() <= 64, l.length() + ": " + l));
    }

    @Test
    void varsShowsTheLessonsAndTheLearnersVariablesButNotTheChecks() throws Exception {
        Path lessons = Path.of("src/test/resources/exercise-lessons/mistakes");
        Lesson maxima = LessonParser.parse(lessons.resolve("01-maxima.jsh"));
        Files.createDirectories(work.resolve("01-maxima"));
        Files.writeString(work.resolve("01-maxima/scale.jsh"), "DMatrixRMaj scaled(DMatrixRMaj m, double k) {\n"
                + "    DMatrixRMaj out = m.copy();\n    CommonOps_DDRM.scale(k, out);\n    return out;\n}\n");
        String out;
        try (Session own = Session.start(SessionOptions.defaults().heap("256m").spare(false))) {
            StringWriter text = new StringWriter();
            PlainInput input = new PlainInput(new BufferedReader(new java.io.StringReader(
                    "/check\ndouble mine = 1.5;\n3 + 4\n/vars\n/quit\n")), new PrintWriter(text, true), own::isComplete,
                    Style.plain(), 100);
            new Shell(own, input, Setup.of(lessons, work), Progress.load(work)).run(maxima, 3);
            out = text.toString();
        }
        String vars = out.substring(out.indexOf("> /vars"));
        assertTrue(out.contains("✓ scale: all 7 checks pass."), out);
        assertTrue(vars.contains("double mine = 1.5"), vars);
        for (String hidden : new String[] {" before =", " twice =", " expected =", " m =", "$"}) {
            assertTrue(!vars.contains(hidden), hidden + " in " + vars);
        }
    }

    @Test
    void aLaterLessonRunsTheLearnersSolvedCopyAndSaysSo() throws Exception {
        Path lessons = Path.of("src/test/resources/uses-lessons");
        Files.createDirectories(work.resolve("01-first"));
        Files.writeString(work.resolve("01-first/twice.jsh"), "int twice(int n) {\n    System.out.println(\"my"
                + " twice\");\n    return n + n;\n}\n");
        Progress.load(work).recordCheck("01-first", "twice", true, "all 2 checks pass");
        StringWriter text = new StringWriter();
        PlainInput input = new PlainInput(new BufferedReader(new java.io.StringReader("/quit\n")),
                new PrintWriter(text, true), session::isComplete, Style.plain(), 100);
        new Shell(session, input, Setup.of(lessons, work), Progress.load(work))
                .run(LessonParser.parse(lessons.resolve("02-later.jsh")), 1);
        String out = text.toString();
        assertTrue(out.contains("using your twice from lesson 1\n"), out);
        assertTrue(out.contains("my twice\ntwice(5) = 10"), out);
    }

    private String drive(Lesson lesson, int step, String script, int width) {
        StringWriter text = new StringWriter();
        PlainInput input = new PlainInput(new BufferedReader(new java.io.StringReader(script)),
                new PrintWriter(text, true), session::isComplete, Style.plain(), width);
        new Shell(session, input, Setup.of(LESSONS, work), Progress.load(work)).run(lesson, step);
        return text.toString();
    }

    private static void await(StringWriter text, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!text.toString().contains(marker) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(text.toString().contains(marker), "no '" + marker + "' in:\n" + text);
    }
}
