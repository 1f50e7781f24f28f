package dev.shellbook.shell;

import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import java.nio.file.Path;

/**
 * What an exercise step shows below its prose: the TODO, the learner's file and its code, and how to work on it
 * (or that it is solved). It needs no session, so the first screen shows it before the session has started.
 */
final class ExerciseSheet {
    private ExerciseSheet() {}

    /**
     * Shows {@code step}'s exercise; the learner's file is created from the blank first if it does not exist. A
     * file that cannot be made or read is one error line (from {@link Shell#failure}), and nothing else is shown.
     */
    static void show(Notebook notebook, Workbook workbook, Progress progress, Lesson lesson, Step step) {
        Exercise e = step.exercise();
        Path file;
        String code;
        try {
            file = workbook.create(lesson, e);
            code = workbook.code(lesson, e);
        } catch (RuntimeException failure) {
            notebook.error(Shell.failure(failure));
            return;
        }
        Style s = notebook.style();
        if (!e.todo().isBlank()) {
            notebook.line(s.warn("TODO: ") + e.todo());
        }
        notebook.line(s.dim("Your code, in ") + s.bold(file.toString()) + s.dim(":"));
        notebook.code(code);
        if (progress.get(lesson.id(), e.id()).passed()) {
            notebook.good("✓ You solved this one. /check runs it again; /next goes on.");
        } else {
            notebook.line("Type " + s.bold("/edit") + " to change it (or edit the file in your own editor), then "
                    + s.bold("/check") + ". " + s.bold("/hint") + " gives a nudge.");
        }
    }
}
