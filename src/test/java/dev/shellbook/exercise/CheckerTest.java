package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the checks of {@code good/01-sums.jsh} against learners' answers in one real session. */
class CheckerTest {
    private static Session session;
    private static final Lesson LESSON = TestLessons.sums();
    private static final Exercise TOTAL = TestLessons.exercise(LESSON, "total");
    private static final Exercise MEAN = TestLessons.exercise(LESSON, "mean");

    @TempDir
    Path work;

    @BeforeAll
    static void startSession() {
        session = Session.start(SessionOptions.defaults().heap("256m").spare(false));
        Step imports = LESSON.step(1);
        assertTrue(session.run(imports.code(), new Origin(LESSON.file(), imports.codeLine())).ok());
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Test
    void wrongAnswerSaysExpectedAndFound() {
        CheckResult r = check(TOTAL, "double total(double[] v) { return v.length; }");
        assertEquals(Outcome.CHECK_FAILED, r.outcome());
        assertEquals("✗ total: total({1, 2, 3, 4}) is 4, expected 10 (±1e-9). Type /hint for a nudge.", r.message());
    }

    @Test
    void edgeCaseIsCheckedToo() {
        CheckResult r = check(TOTAL, "double total(double[] v) { return v.length == 0 ? 1 : 10; }");
        assertEquals("✗ total: total({}) is 1, expected 0 (±1e-9). Type /hint for a nudge.", r.message());
    }

    @Test
    void rightAnswerPasses() {
        CheckResult r = check(TOTAL, "double total(double[] v) {\n  return java.util.Arrays.stream(v).sum();\n}");
        assertTrue(r.passed(), r.message());
        assertEquals("✓ total: all 2 checks pass.", r.message());
    }

    @Test
    void blankSaysNotDoneYet() throws Exception {
        Workbook book = new Workbook(work);
        Path file = book.fileFor(LESSON, TOTAL);
        CheckResult r = Checker.check(session, LESSON, TOTAL, book.code(LESSON, TOTAL), file);
        assertEquals(Outcome.NOT_DONE, r.outcome());
        assertEquals("✗ total: not done yet: fill in the TODO in " + file + ".", r.message());
    }

    @Test
    void compileErrorNamesTheWorkFileLine() throws Exception {
        Path file = write("// my copy\ndouble total(double[] v) {\n    return s;\n}\n");
        CheckResult r = Checker.check(session, LESSON, TOTAL, Files.readString(file), file);
        assertEquals(Outcome.CODE_DOES_NOT_COMPILE, r.outcome());
        assertEquals("✗ total: your code does not compile: " + file + ":3: total cannot be used until variable s is"
                + " declared. Fix it, save, and type /check again.", r.message());
    }

    @Test
    void syntaxErrorNamesTheWorkFileLine() throws Exception {
        Path file = write("double total(double[] v) {\n    return 1 +;\n}\n");
        CheckResult r = Checker.check(session, LESSON, TOTAL, Files.readString(file), file);
        assertEquals(Outcome.CODE_DOES_NOT_COMPILE, r.outcome());
        assertTrue(r.message().startsWith("✗ total: your code does not compile: " + file + ":2: illegal start of"),
                r.message());
    }

    @Test
    void exceptionNamesTypeMessageAndLine() throws Exception {
        Path file = write("double total(double[] v) {\n    double s = 0;\n    return v[7];\n}\n");
        CheckResult r = Checker.check(session, LESSON, TOTAL, Files.readString(file), file);
        assertEquals(Outcome.EXCEPTION, r.outcome());
        assertEquals("✗ total: ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 4 at " + file
                + ":3. Type /hint for a nudge.", r.message());
    }

    @Test
    void renamedMethodSaysChecksCannotUseIt() {
        CheckResult r = check(MEAN, "double average(double[] v) { return 0; }\ndouble mean(double[] v, int k) { return 0; }");
        assertEquals(Outcome.CHECKS_DO_NOT_COMPILE, r.outcome(), r.message());
        assertTrue(r.message().contains("the checks cannot use your code: " + LESSON.file() + ":"), r.message());
    }

    @Test
    void theThirdTrySaysOnceThatTheSolutionIsOpen() throws Exception {
        Workbook book = new Workbook(work);
        Progress progress = Progress.load(work);
        Files.createDirectories(book.fileFor(LESSON, MEAN).getParent());
        Files.writeString(book.fileFor(LESSON, MEAN), "double mean(double[] v) { return 2.5; }\n");
        List<String> said = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            said.add(Checker.checkWork(session, book, progress, LESSON, MEAN, OutputSink.DISCARD).message());
        }
        String wrong = "✗ mean: mean({}) is 2.5, expected NaN. Type /hint for a nudge.";
        assertEquals(List.of(wrong, wrong, wrong + " /solution is open now.", wrong), said);
        ExerciseProgress back = Progress.load(work).get(LESSON.id(), MEAN.id());
        assertEquals(4, back.attempts());
        assertEquals(false, back.passed());
        assertEquals("mean({}) is 2.5, expected NaN", back.lastResult());
    }

    @Test
    void triesStopCountingOnceSolved() throws Exception {
        Workbook book = new Workbook(work);
        Progress progress = Progress.load(work);
        Files.createDirectories(book.fileFor(LESSON, TOTAL).getParent());
        Files.writeString(book.fileFor(LESSON, TOTAL), "double total(double[] v) { return 0; }\n");
        Checker.checkWork(session, book, progress, LESSON, TOTAL, OutputSink.DISCARD);
        Files.writeString(book.fileFor(LESSON, TOTAL), "double total(double[] v) { double s = 0; for (double x : v)"
                + " s += x; return s; }\n");
        for (int i = 0; i < 3; i++) {
            assertEquals("✓ total: all 2 checks pass.",
                    Checker.checkWork(session, book, progress, LESSON, TOTAL, OutputSink.DISCARD).message());
        }
        assertEquals(2, Progress.load(work).get(LESSON.id(), TOTAL.id()).attempts());
    }

    @Test
    void checkingTheUntouchedBlankIsNotATry() {
        Workbook book = new Workbook(work);
        Progress progress = Progress.load(work);
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.NOT_DONE, Checker.checkWork(session, book, progress, LESSON, TOTAL,
                    OutputSink.DISCARD).outcome());
        }
        assertEquals(ExerciseProgress.NONE, Progress.load(work).get(LESSON.id(), TOTAL.id()));
        assertEquals(false, Solutions.reveal(progress, LESSON, TOTAL).shown());
    }

    private CheckResult check(Exercise exercise, String code) {
        return Checker.check(session, LESSON, exercise, code, Path.of("work/01-sums/" + exercise.id() + ".jsh"));
    }

    private Path write(String code) throws Exception {
        Path file = work.resolve("01-sums/total.jsh");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
        return file;
    }
}
