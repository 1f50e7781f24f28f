package dev.shellbook.shell;

import dev.shellbook.exercise.CheckResult;
import dev.shellbook.exercise.Checker;
import dev.shellbook.exercise.Hints;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Solutions;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.PlannedCell;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The exercise side of a step: shows the TODO and the learner's code, checks it, gives hints and, as a last
 * resort, the solution. The learner's code lives in {@code work/<lesson>/<id>.jsh} and is re-read every time.
 */
final class ExerciseDesk {
    private final Session session;
    private final Notebook notebook;
    private final Progress progress;
    private final Workbook workbook;
    private final boolean instructor;

    ExerciseDesk(Session session, Notebook notebook, Progress progress, Workbook workbook, boolean instructor) {
        this.session = session;
        this.notebook = notebook;
        this.progress = progress;
        this.workbook = workbook;
        this.instructor = instructor;
    }

    /** The TODO, the learner's current code, and how to work on it. */
    void show(Lesson lesson, Step step) {
        Exercise e = step.exercise();
        Style s = notebook.style();
        if (!e.todo().isBlank()) {
            notebook.line(s.warn("TODO: ") + e.todo());
        }
        Path file = workbook.create(lesson, e);
        notebook.line(s.dim("Your code, in ") + s.bold(file.toString()) + s.dim(":"));
        notebook.code(workbook.code(lesson, e));
        if (passed(lesson, step)) {
            notebook.good("✓ You solved this one. /check runs it again; /next goes on.");
        } else {
            notebook.line("Type " + s.bold("/edit") + " to change it (or edit the file in your own editor), then "
                    + s.bold("/check") + ". " + s.bold("/hint") + " gives a nudge.");
        }
    }

    boolean passed(Lesson lesson, Step step) {
        return progress.get(lesson.id(), step.exercise().id()).passed();
    }

    /**
     * Re-reads the learner's file, runs it and the checks (streaming what it prints), records the result, and
     * prints the ✓/✗ line; {@code true} if it passed.
     */
    boolean check(Lesson lesson, Step step) {
        CheckResult result = Checker.checkWork(session, workbook, progress, lesson, step.exercise(),
                notebook.sink());
        if (result.passed()) {
            notebook.good(result.message());
        } else {
            notebook.error(result.message());
        }
        return result.passed();
    }

    /** Runs the learner's code without the checks, showing what it prints and its values. */
    void tryOut(Lesson lesson, Step step) {
        Exercise e = step.exercise();
        String code = workbook.code(lesson, e);
        CellResult result = session.run(code, new Origin(workbook.fileFor(lesson, e), 1), notebook.sink());
        notebook.cell(result);
        if (result.ok()) {
            notebook.note("Your code runs. /check tells you whether it is right.");
        }
    }

    /** Puts this exercise's code in the session without output: the learner's if it passed, else the reference. */
    boolean runQuietly(Lesson lesson, Step step) {
        PlannedCell cell = quietCell(lesson, step);
        if (!cell.code().equals(step.exercise().referenceCode())
                && session.run(cell.code(), cell.origin(), OutputSink.DISCARD).ok()) {
            return true;
        }
        return runReference(lesson, step.exercise());
    }

    /** The cell {@link #runQuietly} runs first: the learner's code if it passed, else the reference solution. */
    PlannedCell quietCell(Lesson lesson, Step step) {
        Exercise e = step.exercise();
        if (passed(lesson, step) && workbook.started(lesson, e)) {
            return new PlannedCell(workbook.code(lesson, e), new Origin(workbook.fileFor(lesson, e), 1));
        }
        return new PlannedCell(e.referenceCode(), new Origin(lesson.file(), e.codeLine()));
    }

    /** Runs the reference solution quietly (for /skip and catching up); {@code false} if it failed. */
    boolean runReference(Lesson lesson, Exercise e) {
        CellResult result = session.run(e.referenceCode(), new Origin(lesson.file(), e.codeLine()),
                OutputSink.DISCARD);
        notebook.failure(result);
        return result.ok();
    }

    void hint(Lesson lesson, Exercise e) {
        notebook.line(Hints.next(progress, lesson, e).stripTrailing());
    }

    void solution(Lesson lesson, Exercise e) {
        Solutions.Reveal reveal = Solutions.reveal(progress, lesson, e, instructor);
        if (reveal.shown()) {
            String[] parts = reveal.text().split("\n", 2);
            notebook.line(parts[0]);
            notebook.code(parts.length > 1 ? parts[1] : "");
        } else {
            notebook.line(reveal.text());
        }
    }

    void blank(Lesson lesson, Exercise e) {
        Optional<Path> kept = workbook.resetToBlank(lesson, e);
        notebook.line("Your copy " + workbook.fileFor(lesson, e) + " is back to the blank."
                + kept.map(p -> " Your old code is kept in " + p + ".").orElse(""));
        notebook.code(workbook.code(lesson, e));
    }

    /** The learner's file, created from the blank if needed. */
    Path file(Lesson lesson, Exercise e) {
        return workbook.create(lesson, e);
    }
}
