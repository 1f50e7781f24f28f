package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the shell with scripted input over one live session, and reads what the learner would see. */
class ShellTest {
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

    private String drive(String script) {
        return drive(script, 1);
    }

    private String drive(String script, int step) {
        return drive(script, step, Setup.of(LESSONS, work));
    }

    private String drive(String script, int step, Setup course) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        PlainInput input = new PlainInput(new BufferedReader(new StringReader(script)), out, session::isComplete,
                Style.plain(), 100);
        new Shell(session, input, course, Progress.load(work)).run(warmup, step);
        return text.toString();
    }

    @Test
    void instructorModeShowsTheSolutionAtOnce() {
        String out = drive("/goto 3\n/solution\n/quit\n", 1, Setup.of(LESSONS, work).instructor(true));
        assertTrue(out.contains("Reference solution of twice"), out);
        assertTrue(out.contains("    return 2 * n;"), out);
    }

    @Test
    void firstStepShowsProseCodeAndOutput() {
        String out = drive("/quit\n");
        assertTrue(out.contains("Warm-up  (01-warmup, 4 steps)"), out);
        assertTrue(out.contains("A tiny lesson for the shell's tests: numbers, `code` and a list."), out);
        assertTrue(out.contains("── 1/4 Numbers "), out);
        assertTrue(out.contains("We make a number `x` and print it."), out);
        assertTrue(out.contains("  int x = 6 * 7;"), out);
        assertTrue(out.contains("x is 42\nx squared is 1764\n01 warmup 1/4> /quit"), out);
        assertEquals(out.indexOf("  int x = 6 * 7;"), out.lastIndexOf("  int x = 6 * 7;"), "the code is shown once");
    }

    @Test
    void startingAtAnExerciseShowsTheLearnersFileOnceBeforeTheEarlierStepsRun() {
        String out = drive("/quit\n", 3);
        String sheet = "Your code, in " + work.resolve("01-warmup/twice.jsh");
        assertTrue(out.contains("TODO: return two times n"), out);
        assertEquals(out.indexOf(sheet), out.lastIndexOf(sheet), "the file is shown once: " + out);
        assertTrue(out.indexOf(sheet) >= 0 && out.indexOf(sheet) < out.indexOf("(running steps"), out);
    }

    @Test
    void theFirstScreenShowsAnExercisesFileWithoutASession() {
        StringWriter text = new StringWriter();
        Notebook notebook = new Notebook(new PrintWriter(text, true), Style.plain(), 100);
        Shell.firstScreen(notebook, warmup, 3, new Workbook(work), Progress.load(work));
        assertTrue(text.toString().contains("Welcome back to 01-warmup (Warm-up), step 3 of 4."), text.toString());
        assertTrue(text.toString().contains("TODO: return two times n"), text.toString());
        assertTrue(Files.exists(work.resolve("01-warmup/twice.jsh")), "the learner's copy is made from the blank");
        assertTrue(text.toString().contains("Type /edit to change it"), text.toString());
    }

    @Test
    void aFirstScreenWhoseFileCannotBeMadeSaysSoInOneLineAndShowsNoCode() throws IOException {
        Files.writeString(work.resolve("01-warmup"), "a file where the lesson's folder should be");
        StringWriter text = new StringWriter();
        Notebook notebook = new Notebook(new PrintWriter(text, true), Style.plain(), 100);
        Shell.firstScreen(notebook, warmup, 3, new Workbook(work), Progress.load(work));
        assertTrue(text.toString().contains("That did not work: cannot "), text.toString());
        assertTrue(text.toString().contains(work.resolve("01-warmup/twice.jsh").toString()), text.toString());
        assertFalse(text.toString().contains("Your code, in"), text.toString());
    }

    @Test
    void enterAndNextGoOnAndThePromptCountsSteps() {
        String out = drive("\n/next\n/quit\n");
        assertTrue(out.contains("── 2/4 A matrix "), out);
        assertTrue(out.contains("DMatrixRMaj 2×2"), out);
        assertTrue(out.contains("01 warmup 2/4> /next"), out);
        assertTrue(out.contains("── 3/4 Double a number  exercise "), out);
        assertTrue(out.contains("01 warmup 3/4> /quit"), out);
    }

    @Test
    void javaTypedBetweenStepsSeesLessonVariables() {
        String out = drive("x * 2\nint y = x + 1;\ny\n/quit\n");
        assertTrue(out.contains("x * 2\n84\n"), out);
        assertTrue(out.contains("y ==> 43"), out);
    }

    @Test
    void multiLineJavaContinuesUntilComplete() {
        String out = drive("int add(int a,\n        int b) {\n    return a + b;\n}\nadd(x, 8)\n/quit\n");
        assertTrue(out.contains("...> "), out);
        assertTrue(out.contains("add(x, 8)\n50\n"), out);
    }

    @Test
    void typoInACommandGetsDidYouMean() {
        String out = drive("/nxt\n/quit\n");
        assertTrue(out.contains("Unknown command /nxt. Did you mean /next? Type /help for the list."), out);
        assertTrue(out.contains("01 warmup 1/4> /quit"), out);
    }

    @Test
    void abbreviatedCommandsWork() {
        String out = drive("/ne\n/li\n/quit\n");
        assertTrue(out.contains("── 2/4 A matrix "), out);
        assertTrue(out.contains(" ▶  2  A matrix"), out);
        assertTrue(out.contains(" ✓  1  Numbers"), out);
    }

    @Test
    void compileErrorsAndExceptionsAreOneHumanLine() {
        String out = drive("int z = \"text\";\nInteger.parseInt(\"seven\")\n/quit\n");
        assertTrue(out.contains("✗ <input>:1:9: error: incompatible types"), out);
        assertTrue(out.contains("NumberFormatException: For input string: \"seven\""), out);
        assertFalse(out.contains("\tat "), out);
        assertFalse(out.contains("    at java."), out);
    }

    @Test
    void gotoRunsEarlierStepsFirst() {
        String out = drive("/goto 4\n/quit\n");
        assertTrue(out.contains("(running steps 2–3 first so their variables exist)"), out);
        assertTrue(out.contains("twice x is 84"), out);
    }

    @Test
    void nextFromAnUnsolvedExerciseExplainsTheChoices() {
        String out = drive("/goto 3\n/next\n/quit\n");
        assertTrue(out.contains("TODO: return two times n"), out);
        assertTrue(out.contains("Your code, in " + work.resolve("01-warmup/twice.jsh")), out);
        assertTrue(out.contains("throw new UnsupportedOperationException(\"TODO: twice\");"), out);
        assertTrue(out.contains("You have not solved twice yet. Your choices:"), out);
        assertTrue(out.contains("/skip"), out);
        assertTrue(out.contains("01 warmup 3/4> /quit"), out);
    }

    @Test
    void hintsComeOneAtATimeAndTheSolutionAfterThreeChecks() throws IOException {
        String blank = drive("/goto 3\n/check\n/quit\n");
        assertTrue(blank.contains("✗ twice: not done yet"), blank);
        Files.writeString(work.resolve("01-warmup/twice.jsh"), "int twice(int n) {\n    return n * n;\n}\n");
        String out = drive("/goto 3\n/hint\n/hint\n/solution\n/check\n/check\n/check\n/solution\n/quit\n");
        assertTrue(out.contains("Hint 1 of 2: Multiplication is written `*` in Java."), out);
        assertTrue(out.contains("Hint 2 of 2: The whole body is `return 2 * n;`"), out);
        assertTrue(out.contains("Try /check at least 3 times first: 0 so far."), out);
        assertTrue(out.contains("✗ twice: "), out);
        assertTrue(out.contains("Reference solution of twice"), out);
        assertTrue(out.contains("    return 2 * n;"), out);
    }

    @Test
    void checkReadsTheLearnersFileAndRecordsProgress() throws IOException {
        Path file = work.resolve("01-warmup/twice.jsh");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "int twice(int n) {\n    return n + n;\n}\n");
        String out = drive("/goto 3\n/check\n/next\n/quit\n");
        assertTrue(out.contains("✓ twice: all 2 checks pass."), out);
        assertTrue(out.contains("twice x is 84"), out);
        assertTrue(Progress.load(work).get("01-warmup", "twice").passed());
    }

    @Test
    void wrongAnswerSaysWhatWasExpected() throws IOException {
        Path file = work.resolve("01-warmup/twice.jsh");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "int twice(int n) {\n    return n * n;\n}\n");
        String out = drive("/goto 3\n/check\n/quit\n");
        assertTrue(out.contains("twice(21) should be 42, found 441"), out);
        assertFalse(Progress.load(work).get("01-warmup", "twice").passed());
    }

    @Test
    void skipRunsTheReferenceSoLaterStepsWork() {
        String out = drive("/goto 3\n/skip\n/quit\n");
        assertTrue(out.contains("Skipped twice"), out);
        assertTrue(out.contains("twice x is 84"), out);
        assertTrue(out.contains("01 warmup 4/4> /quit"), out);
    }

    @Test
    void positionIsSavedAndResumedOnRestart() {
        drive("/next\n/quit\n");
        Progress progress = Progress.load(work);
        Startup.Place place = new Startup(Setup.of(LESSONS, work), null).place(progress);
        assertEquals(LESSONS.resolve("01-warmup.jsh"), place.file());
        assertEquals(2, place.step());
        String out = drive("x\n/quit\n", place.step());
        assertTrue(out.contains("Welcome back to 01-warmup (Warm-up), step 2 of 4."), out);
        assertTrue(out.contains("(running step 1 first so its variables exist)"), out);
        assertTrue(out.contains("01 warmup 2/4> x\n42"), out);
    }

    @Test
    void ctrlCStopsRunningCodeAndTheSessionStaysUsable() throws Exception {
        PipedWriter keys = new PipedWriter();
        BufferedReader typed = new BufferedReader(new PipedReader(keys));
        StringWriter text = new StringWriter();
        PlainInput input = new PlainInput(typed, new PrintWriter(text, true), session::isComplete, Style.plain(), 100);
        Shell shell = new Shell(session, input, Setup.of(LESSONS, work), Progress.load(work));
        Thread learner = new Thread(() -> shell.run(warmup, 1));
        learner.start();
        keys.write("while (true) { }\n");
        keys.flush();
        String loop = "01 warmup 1/4> while (true) { }\n";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!text.toString().contains(loop) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        try {
            while (!after(text, loop).contains("Stopped.") && System.nanoTime() < deadline) {
                session.stop();
                Thread.sleep(200);
            }
        } finally {
            keys.write("x\n/quit\n");
            keys.flush();
            learner.join(60_000);
        }
        String out = text.toString();
        assertTrue(out.contains("Stopped. The session is still yours"), out);
        assertTrue(out.contains("01 warmup 1/4> x\n42"), out);
    }

    private static String after(StringWriter text, String marker) {
        String all = text.toString();
        int at = all.indexOf(marker);
        return at < 0 ? "" : all.substring(at + marker.length());
    }

    @Test
    void endOfInputQuitsSayingWhereThePlaceIsSaved() {
        String out = drive("");
        assertTrue(out.contains("Your place is saved: 01-warmup, step 1 of 4."), out);
    }

    @Test
    void helpListsTheCommandsAndExplainsOne() {
        String out = drive("/help\n/help goto\n/quit\n");
        assertTrue(out.contains("/goto <n>"), out);
        assertTrue(out.contains("/check "), out);
        assertTrue(out.contains("Steps before n that have not run in this session run first"), out);
    }

    @Test
    void badArgumentsSayWhatToDo() {
        String out = drive("/goto nine\n/goto 9\n/check\n/quit\n");
        assertTrue(out.contains("/goto needs a step number, like /goto 3."), out);
        assertTrue(out.contains("There is no step 9: 01-warmup has steps 1–4."), out);
        assertTrue(out.contains("Step 1 is not an exercise. Exercises here: step 3 (twice); /goto 3 goes there."),
                out);
    }
}
