package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import java.nio.file.Path;

/** The small lessons in {@code src/test/resources/exercise-lessons/}. */
final class TestLessons {
    static final Path GOOD_DIR = Path.of("src/test/resources/exercise-lessons/good");
    static final Path BAD_DIR = Path.of("src/test/resources/exercise-lessons/bad");
    /** Exercises with listed mistakes: one passes a weak check, one is blamed by a misleading order. */
    static final Path MAXIMA = Path.of("src/test/resources/exercise-lessons/mistakes/01-maxima.jsh");

    private TestLessons() {}

    /** {@code good/01-sums.jsh}: a plain step, exercises {@code total} and {@code mean}, a plain step. */
    static Lesson sums() {
        return LessonParser.parse(GOOD_DIR.resolve("01-sums.jsh"));
    }

    static Lesson maxima() {
        return LessonParser.parse(MAXIMA);
    }

    static Exercise exercise(Lesson lesson, String id) {
        return lesson.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
