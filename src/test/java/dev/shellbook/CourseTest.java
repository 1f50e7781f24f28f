package dev.shellbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.shellbook.exercise.ExerciseProof;
import dev.shellbook.exercise.LessonReport;
import dev.shellbook.exercise.Problem;
import dev.shellbook.exercise.Verifier;
import dev.shellbook.exercise.VerifyReport;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.SessionOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every lesson in {@code lessons/} end to end, in quick mode, one session per lesson: the plain steps as
 * written, and at each exercise the blank (which must fail a check) then the reference (which must pass them all).
 */
class CourseTest {
    private static final Path LESSONS = Path.of("lessons");
    /** The MNIST digits for tests (see its README); lesson 8 trains on them when they are there. */
    private static final Path MNIST = Path.of("../shared/data/mnist-subset");
    private static VerifyReport report;

    @BeforeAll
    static void verifyTheCourse(@TempDir Path out) {
        List<Path> files = Files.isDirectory(LESSONS) ? Lessons.files(LESSONS) : List.of();
        assumeFalse(files.isEmpty(), "lessons/ has no .jsh files yet");
        PrintWriter log = new PrintWriter(System.out, true);
        SessionOptions options = SessionOptions.defaults().heap("3g");
        if (Files.isDirectory(MNIST)) {
            options = options.property("shellbook.mnist", MNIST.toAbsolutePath().normalize().toString());
        }
        report = new Verifier(options).quick(true).outDir(out)
                .stepTimeout(Duration.ofMinutes(5)).log(log).verify(files);
        log.println(report.toTable().printAll());
    }

    @Test
    void everyLessonRunsAndEveryExerciseChecksItself() {
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList(),
                "shellbook verify --quick found problems");
    }

    @Test
    void everyLessonHasAtLeastTwoExercises() {
        for (LessonReport lesson : report.lessons()) {
            assertTrue(lesson.exercises() >= 2, lesson.file() + ": " + lesson.lessonId() + " has "
                    + lesson.exercises() + " exercises, expected at least 2. Add an //EXERCISE step.");
        }
    }

    @Test
    void everyExerciseListsAtLeastThreeMistakesAndTheChecksCatchThemAll() {
        List<String> weak = new ArrayList<>();
        for (LessonReport lesson : report.lessons()) {
            for (ExerciseProof proof : lesson.proofs()) {
                if (proof.mistakes() < 3 || proof.caught() < proof.mistakes()) {
                    weak.add(lesson.file() + ": exercise " + proof.exercise() + " lists " + proof.mistakes()
                            + " mistakes and its checks catch " + proof.caught() + "; expected at least 3, all caught");
                }
            }
        }
        assertEquals(List.of(), weak);
    }

    @Test
    void theCourseHasAtLeastThirtyExercises() {
        long exercises = Lessons.files(LESSONS).stream().flatMap(f -> LessonParser.parse(f).steps().stream())
                .filter(Step::isExercise).count();
        assertTrue(exercises >= 30, "the course has " + exercises + " exercises, expected at least 30");
    }
}
