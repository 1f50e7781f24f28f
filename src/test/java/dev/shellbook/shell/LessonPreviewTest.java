package dev.shellbook.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first screen read without the parser must say exactly what the parser says. */
class LessonPreviewTest {

    @Test
    void agreesWithTheParserOnEveryStep() {
        for (String name : List.of("01-warmup.jsh", "02-second.jsh")) {
            Path file = ShellTest.LESSONS.resolve(name);
            Lesson lesson = LessonParser.parse(file);
            for (Step step : lesson.steps()) {
                LessonPreview p = LessonPreview.read(file, step.number()).orElseThrow();
                assertEquals(lesson.title(), p.title());
                assertEquals(lesson.intro(), p.intro());
                assertEquals(lesson.steps().size(), p.steps());
                assertEquals(step.title(), p.stepTitle(), name + " step " + step.number());
                assertEquals(step.prose(), p.prose(), name + " step " + step.number());
                assertEquals(step.isExercise(), p.exercise());
            }
        }
    }

    @Test
    void hintAndTodoLinesAreNotProse() {
        LessonPreview p = LessonPreview.of(List.of("//LESSON L", "//EXERCISE e: Do it", "// Prose here.",
                "//TODO the todo", "//HINT a hint", "// More prose.", "int f() {", "}"), 1).orElseThrow();
        assertEquals("Prose here.\nMore prose.", p.prose());
        assertEquals("Do it", p.stepTitle());
    }

    @Test
    void aStepPastTheEndHasNoPreview() {
        assertTrue(LessonPreview.of(List.of("//LESSON L", "//STEP One", "// p", "int x = 1;"), 2).isEmpty());
    }
}
