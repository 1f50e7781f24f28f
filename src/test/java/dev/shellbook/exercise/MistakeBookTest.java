package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner's failure is named after a listed mistake only when it fails exactly as that one mistake does; the
 * mistakes' signatures are found in a separate session and kept under work/.
 */
class MistakeBookTest {
    private static final Lesson LESSON = TestLessons.maxima();
    private static final Exercise BIGGEST = TestLessons.exercise(LESSON, "biggest");
    private static final Exercise SCALE = TestLessons.exercise(LESSON, "scale");
    @TempDir
    static Path work;
    private static Session session;
    private static MistakeBook book;

    @BeforeAll
    static void findTheSignatures() {
        session = Session.start(SessionOptions.defaults().heap("256m").spare(false));
        Step imports = LESSON.step(1);
        assertTrue(session.run(imports.code(), new Origin(LESSON.file(), imports.codeLine())).ok());
        book = new MistakeBook(work, SessionOptions.defaults().heap("256m"));
        book.prepare(LESSON);
        book.await(LESSON);
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Test
    void aFailureLikeExactlyOneMistakeSaysWhatThatMistakeDoes() throws Exception {
        CheckResult r = attempt(BIGGEST, "double biggest(double[] v) {\n    double b = 0;\n"
                + "    for (double x : v) if (x > b) b = x;\n    return b;\n}\n");
        assertEquals("✗ biggest: biggest({-3}) is 0, expected -3 (±0). This is what happens with code that starts"
                + " the running max at 0, so an all-negative array gives 0. Type /hint for a nudge.", r.message());
        assertEquals("About your last check: it fails the same way as code that starts the running max at 0, so an"
                + " all-negative array gives 0. Look for that first.\nHint 1 of 1: Keep the best entry so far,"
                + " starting with the first.", Hints.next(Progress.load(work), LESSON, BIGGEST, r.mistake()));
    }

    @Test
    void aFailureLikeSeveralMistakesClaimsNone() throws Exception {
        CheckResult r = attempt(SCALE, "DMatrixRMaj scaled(DMatrixRMaj m, double k) {\n"
                + "    DMatrixRMaj out = m.copy();\n    CommonOps_DDRM.scale(k + 1, out);\n    return out;\n}\n");
        assertEquals("✗ scale: scaled(m, 2)[0,0] is 3, expected 2 (±1e-12). Type /hint for a nudge.", r.message());
        assertEquals(null, r.mistake());
    }

    @Test
    void theSignaturesAreKeptUnderWorkKeyedByTheLessonsHash() throws Exception {
        String kept = Files.readString(work.resolve(".mistakes/01-maxima.txt"));
        assertTrue(kept.startsWith("# signatures of the lesson file with SHA-256 "), kept);
        assertTrue(kept.contains("\nbiggest zero-start 32 MISMATCH -\n"), kept);
        assertTrue(kept.contains("\nscale in-place 62 MISMATCH [0,0]\n"), kept);
        MistakeBook again = new MistakeBook(work, SessionOptions.defaults().classpath(java.util.List.of()));
        again.prepare(LESSON);
        again.await(LESSON);
        CheckResult r = attempt(BIGGEST, "double biggest(double[] v) { double b = 0; for (double x : v) b = Math.max(b,"
                + " x); return b; }\n");
        assertEquals("zero-start", again.explain(LESSON, BIGGEST, r).orElseThrow().name());
    }

    private CheckResult attempt(Exercise e, String code) throws Exception {
        Workbook workbook = new Workbook(work.resolve("attempts-" + e.id()));
        Files.createDirectories(workbook.fileFor(LESSON, e).getParent());
        Files.writeString(workbook.fileFor(LESSON, e), code);
        Progress progress = Progress.load(workbook.dir());
        return Checker.checkWork(session, workbook, progress, book, LESSON, e, OutputSink.DISCARD);
    }
}
