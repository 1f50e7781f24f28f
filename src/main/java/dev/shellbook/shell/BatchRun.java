package dev.shellbook.shell;

import dev.shellbook.exercise.Uses;
import dev.shellbook.lesson.Cell;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SnippetResult;
import java.util.Optional;

/**
 * Runs a whole lesson without interaction, reference solutions and checks included, printing a notebook-like
 * transcript. The first failure ends the run and is named {@code lessons/x.jsh:42 step 5 "Title": what}.
 */
public final class BatchRun {
    private final Session session;
    private final Notebook notebook;
    private final Uses uses;

    public BatchRun(Session session, Notebook notebook) {
        this(session, notebook, Uses.references());
    }

    /** A run that defines each step's {@code //USES} with {@code uses} (the learner's copies, or references). */
    public BatchRun(Session session, Notebook notebook, Uses uses) {
        this.session = session;
        this.notebook = notebook;
        this.uses = uses;
    }

    /** Runs every step; the failure line, or empty when every step ran. */
    public Optional<String> run(Lesson lesson) {
        notebook.lesson(lesson);
        for (Step step : lesson.steps()) {
            notebook.step(lesson, step);
            Optional<String> failure = run(step);
            if (failure.isPresent()) {
                return failure;
            }
        }
        notebook.blank();
        notebook.good("✓ " + lesson.id() + ": all " + lesson.steps().size() + " steps ran.");
        return Optional.empty();
    }

    /** Runs a step's cells (an exercise's reference code, then its checks), showing all code but the checks. */
    private Optional<String> run(Step step) {
        Exercise e = step.exercise();
        if (e != null && !e.todo().isBlank()) {
            notebook.line(notebook.style().warn("TODO: ") + e.todo());
        }
        for (Uses.Defined d : uses.define(session, step)) {
            if (!d.ok()) {
                return Optional.of(step.file() + ":" + d.use().line() + " step " + step.number() + " \""
                        + step.title() + "\": " + d.notice());
            }
            notebook.note(d.notice());
        }
        for (Cell cell : step.cells()) {
            if (!cell.isCheck()) {
                notebook.code(cell.code());
            }
            Optional<String> failure = outcome(step, run(cell));
            if (failure.isPresent()) {
                return failure;
            }
        }
        if (e != null && e.hasChecks()) {
            notebook.good("✓ " + e.id() + ": the reference solution passes its checks.");
        }
        return Optional.empty();
    }

    private CellResult run(Cell cell) {
        CellResult result = session.run(cell.code(), new Origin(cell.file(), cell.line()), notebook.sink());
        notebook.cell(result);
        return result;
    }

    private static Optional<String> outcome(Step step, CellResult result) {
        return result.failure().map(f -> where(f) + " step " + step.number() + " \"" + step.title() + "\": "
                + what(f));
    }

    /** {@code file:line} of a failure: where an exception was thrown, or the compile error, or the snippet. */
    static String where(SnippetResult f) {
        if (f.failure() != null && f.failure().file() != null) {
            return f.failure().file() + ":" + f.failure().line();
        }
        if (!f.diagnostics().isEmpty()) {
            return f.diagnostics().get(0).file() + ":" + f.diagnostics().get(0).line();
        }
        return f.file() + ":" + f.line();
    }

    /** What went wrong, without its place: the exception, the first compile error, or the snippet's message. */
    static String what(SnippetResult f) {
        if (f.failure() != null) {
            return f.failure().what();
        }
        if (!f.diagnostics().isEmpty()) {
            return f.diagnostics().get(0).summary();
        }
        return f.message().isBlank() ? f.status().toString() : f.message();
    }
}
