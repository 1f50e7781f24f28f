package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.session.SessionOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies the test lessons: a good one, and one with a planted problem in every exercise. */
class VerifierTest {
    private static final Path BAD = TestLessons.BAD_DIR.resolve("01-vacuous.jsh");
    private static LessonReport good;
    private static LessonReport bad;
    private static LessonReport maxima;

    @BeforeAll
    static void verifyBoth(@TempDir Path out) {
        Verifier verifier = new Verifier(SessionOptions.defaults().heap("256m")).quick(true).outDir(out);
        good = verifier.verify(TestLessons.GOOD_DIR.resolve("01-sums.jsh"));
        bad = verifier.verify(BAD);
        maxima = verifier.verify(TestLessons.MAXIMA);
    }

    @Test
    void goodLessonHasNoProblems() {
        assertEquals(List.of(), good.problems());
        assertEquals(2, good.exercises());
        assertEquals(2, good.exercisesOk());
    }

    @Test
    void catchesAVacuousCheck() {
        assertTrue(bad.problems().contains(new Problem(BAD, 18, "vacuous", "the checks pass on the blank, so they"
                + " cannot tell a learner who did nothing. Add a check that the blank fails (it throws or returns"
                + " its //BLANK value).")), bad.problems().toString());
    }

    @Test
    void catchesMissingTodoAndHint() {
        assertTrue(bad.problems().contains(new Problem(BAD, 20, "unhinted",
                "has no //TODO. Add '//TODO <what the learner must do>' after its prose.")), bad.problems().toString());
        assertTrue(bad.problems().contains(new Problem(BAD, 20, "unhinted",
                "has no //HINT. Add at least one '//HINT <text>', the gentlest first.")), bad.problems().toString());
    }

    @Test
    void catchesAFailingReference() {
        assertTrue(bad.problems().contains(new Problem(BAD, 39, "wrong",
                "the reference solution fails: square(3) is 6, expected 9.")), bad.problems().toString());
    }

    @Test
    void catchesAFailingPlainStep() {
        Problem last = bad.problems().get(bad.problems().size() - 1);
        assertEquals(43, last.line());
        assertTrue(last.message().startsWith("step 5 (Broken step) fails: NumberFormatException: For input string:"),
                last.toString());
    }

    @Test
    void malformedLessonIsAProblemAtItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("09-broken.jsh");
        java.nio.file.Files.writeString(file, "//LESSON Broken\n\n//STEP\nint x = 1;\n");
        LessonReport r = new Verifier(SessionOptions.defaults()).verify(file);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(file + ":3: //STEP has no title. Write '//STEP <title>'.", r.problems().get(0).toString());
    }

    @Test
    void countsOnlyFlawlessExercises() {
        assertEquals(3, bad.exercises());
        assertEquals(0, bad.exercisesOk());
        assertEquals(5, bad.problems().size(), bad.problems().toString());
    }

    @Test
    void aMistakeThatPassesIsAWeakCheckAtItsMistakeLine() {
        assertTrue(maxima.problems().contains(new Problem(TestLessons.MAXIMA, 20, "biggest", "mistake first passes"
                + " every check, so the checks cannot tell it from the answer. Give the checks an input it gets wrong"
                + " (a row whose max is not first, a non-square shape, a tie, an extreme value, an input the answer"
                + " must not change).")), maxima.problems().toString());
    }

    @Test
    void aValueCheckBeforeTheCheckThatNamesTheFaultIsAMisleadingOrder() {
        assertTrue(maxima.problems().contains(new Problem(TestLessons.MAXIMA, 62, "scale", "this check blames the"
                + " wrong thing for mistake in-place: it says scaled(m, 2)[0,0] is 2, expected 4 (±1e-12) (MISMATCH),"
                + " but the check at line 63 fails too and names the fault (INPUT_CHANGED). Move that check before"
                + " this one.")), maxima.problems().toString());
        assertEquals(2, maxima.problems().size(), maxima.problems().toString());
    }

    @Test
    void eachCaughtMistakeHasTheSignatureOfTheFirstCheckItFails() {
        ExerciseProof biggest = maxima.proofs().get(0);
        assertEquals(List.of("first", "last", "zero-start"),
                biggest.trials().stream().map(ExerciseProof.Trial::mistake).toList());
        assertEquals(2, biggest.caught());
        assertEquals(null, biggest.trials().get(0).signature());
        assertEquals(new CheckResult.Signature(31, "MISMATCH", ""), biggest.trials().get(1).signature());
        assertEquals(new CheckResult.Signature(32, "MISMATCH", ""), biggest.trials().get(2).signature());
        assertEquals(3, maxima.proofs().get(1).caught());
        assertEquals(5, maxima.caught());
        assertEquals(6, maxima.mistakes());
    }
}
