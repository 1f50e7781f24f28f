package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course's {@code //USES} lines: lesson 3 runs on the learner's solved lesson-2 code, or on the references. */
class UsedCodeTest {
    private static final Path LESSONS = Path.of("lessons");

    @Test
    void lessonThreeRunsTheLearnersOwnSolvedSoftmaxFromWork(@TempDir Path work) throws IOException {
        Lesson two = LessonParser.parse(LESSONS.resolve("02-softmax.jsh"));
        Exercise softmax = two.exerciseStep("softmax").orElseThrow().exercise();
        Workbook workbook = new Workbook(work);
        Path mine = workbook.fileFor(two, softmax);
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "DMatrixRMaj softmax(DMatrixRMaj z) {\n"
                + "    System.out.println(\"the learner's own softmax ran\");\n"
                + "    return Softmax.rows(z);\n}\n");
        Progress progress = Progress.load(work);
        progress.recordCheck("02-softmax", "softmax", true, "all checks pass");
        Lesson three = LessonParser.parse(LESSONS.resolve("03-softmax-regression.jsh"));
        Step usesStep = three.steps().stream().filter(s -> !s.uses().isEmpty()).findFirst().orElseThrow();
        List<UsedCode> used = UsedCode.of(usesStep, LESSONS, workbook, progress);
        assertEquals(List.of("using your softmax from lesson 2",
                        "using the reference cross-entropy from lesson 2 (yours is not solved yet)",
                        "using the reference accuracy from lesson 2 (yours is not solved yet)"),
                used.stream().map(UsedCode::message).toList());
        assertEquals(mine, used.get(0).file());
        try (Session session = Session.start(SessionOptions.defaults())) {
            for (Step step : three.steps().subList(0, usesStep.number())) {
                for (UsedCode u : UsedCode.of(step, LESSONS, workbook, progress)) {
                    assertTrue(session.run(u.code(), new Origin(u.file(), u.line())).ok(), u.use() + " failed");
                }
                CellResult r = session.run(step.code(), new Origin(three.file(), step.codeLine()));
                assertTrue(r.ok(), "step " + step.number() + " of lesson 3 failed: " + r.message());
                if (step == usesStep) {
                    assertTrue(r.output().contains("the learner's own softmax ran"), r.output());
                }
            }
        }
    }

    @Test
    void usesTheReferenceWhenTheLearnersCopyIsNotSolved(@TempDir Path work) {
        Lesson three = LessonParser.parse(LESSONS.resolve("03-softmax-regression.jsh"));
        Step usesStep = three.steps().stream().filter(s -> !s.uses().isEmpty()).findFirst().orElseThrow();
        UsedCode first = UsedCode.of(usesStep, LESSONS, new Workbook(work), Progress.load(work)).get(0);
        assertFalse(first.learners());
        assertEquals(LESSONS.resolve("02-softmax.jsh"), first.file());
        assertTrue(first.code().contains("CommonOps_DDRM.maxRows"), first.code());
        assertEquals("using the reference softmax from lesson 2", UsedCode.references(usesStep, LESSONS).get(0)
                .message());
    }
}
