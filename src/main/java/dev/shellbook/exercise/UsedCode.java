package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import dev.shellbook.lesson.Use;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code //USES <lesson>:<exercise>} line defines before its step runs: the learner's solved copy from
 * {@code work/} when that exercise is solved in their progress, else the exercise's reference code.
 *
 * @param use      the directive
 * @param code     the code to run in the session
 * @param file     where that code stands (the learner's work file, or the lesson file)
 * @param line     1-based line of the code's first line in {@code file}
 * @param learners true when {@code code} is the learner's own copy
 * @param message  one line for the learner, e.g. {@code using your softmax from lesson 2}
 */
public record UsedCode(Use use, String code, Path file, int line, boolean learners, String message) {

    /** The references only, as {@code verify} and {@code render} use them. */
    public static List<UsedCode> references(Step step, Path lessonDir) {
        return of(step, lessonDir, null, null);
    }

    /**
     * What each of {@code step}'s {@code //USES} lines defines: the learner's solved copy when {@code workbook} and
     * {@code progress} are given and the exercise is solved there, else the reference. The used lessons are read from
     * {@code lessonDir}; a line naming no lesson or exercise is skipped (the course check reports it at its line).
     */
    public static List<UsedCode> of(Step step, Path lessonDir, Workbook workbook, Progress progress) {
        List<UsedCode> used = new ArrayList<>();
        for (Use use : step.uses()) {
            Path file = lessonDir.resolve(use.lessonId() + ".jsh");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Lesson lesson = LessonParser.parse(file);
            lesson.exerciseStep(use.exerciseId()).map(Step::exercise)
                    .ifPresent(e -> used.add(resolve(use, lesson, e, workbook, progress)));
        }
        return used;
    }

    private static UsedCode resolve(Use use, Lesson lesson, Exercise e, Workbook workbook, Progress progress) {
        String where = e.id() + " from lesson " + (lesson.number() > 0 ? lesson.number() : lesson.id());
        if (workbook == null || progress == null) {
            return new UsedCode(use, e.referenceCode(), lesson.file(), e.codeLine(), false,
                    "using the reference " + where);
        }
        if (progress.get(lesson, e).passed() && workbook.started(lesson, e)) {
            return new UsedCode(use, workbook.code(lesson, e), workbook.fileFor(lesson, e), 1, true,
                    "using your " + where);
        }
        return new UsedCode(use, e.referenceCode(), lesson.file(), e.codeLine(), false,
                "using the reference " + where + " (yours is not solved yet)");
    }
}
