package dev.shellbook.shell;

import java.util.List;
import dev.shellbook.exercise.UsedCode;
import dev.shellbook.exercise.CheckResult;
import dev.shellbook.exercise.Checker;
import dev.shellbook.exercise.CheckResult.MistakeNote;
import dev.shellbook.exercise.Hints;
import dev.shellbook.exercise.MistakeBook;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Solutions;
import dev.shellbook.exercise.Uses;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.exercise.WorkWatch;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.PlannedCell;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SnippetResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, MistakeNote> mistakeSeen = new ConcurrentHashMap<>();
    private final Set<String> checkNames = ConcurrentHashMap.newKeySet();
    private MistakeBook mistakes;

    ExerciseDesk(Session session, Notebook notebook, Progress progress, Workbook workbook, boolean instructor) {
        this.session = session;
        this.notebook = notebook;
        this.progress = progress;
        this.workbook = workbook;
        this.instructor = instructor;
    }

    /** Feedback names a listed mistake when a failure has its signature (found in the background). */
    void mistakes(MistakeBook book) {
        this.mistakes = book;
    }

    /** The TODO, the learner's current code, and how to work on it. */
    void show(Lesson lesson, Step step) {
        prepare(lesson);
        ExerciseSheet.show(notebook, workbook, progress, lesson, step);
    }

    /** Starts finding the signatures of {@code lesson}'s listed mistakes in the background, if not done yet. */
    void prepare(Lesson lesson) {
        if (mistakes != null) {
            mistakes.prepare(lesson);
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
        return check(lesson, step, notebook);
    }

    /** The check, shown in {@code nb}. */
    private boolean check(Lesson lesson, Step step, Notebook nb) {
        Exercise e = step.exercise();
        CheckResult result = Checker.checkWork(session, workbook, progress, mistakes, lesson, e, nb.sink());
        result.cell().snippets().stream().filter(r -> lesson.file().equals(r.file()) && r.name() != null)
                .map(SnippetResult::name).forEach(checkNames::add);
        if (result.mistake() != null) {
            mistakeSeen.put(e.id(), result.mistake());
        } else {
            mistakeSeen.remove(e.id());
        }
        if (result.passed()) {
            nb.good(result.message());
        } else {
            nb.error(result.message());
        }
        return result.passed();
    }

    /**
     * Watch mode: checks the exercise now and again at every save of its file (in any editor), showing each
     * result above the prompt, until the learner types a line. Returns that line ({@code null} on Ctrl-C, at the
     * end of input, or for an empty line), for the shell to run.
     */
    String watch(Lesson lesson, Step step, LineInput input) {
        Path file = workbook.create(lesson, step.exercise());
        notebook.line("Watching " + notebook.style().bold(file.toString()) + ": save it in any editor and it is"
                + " checked at once. Press Enter, Ctrl-C or type a command to stop.");
        check(lesson, step);
        Object turn = new Object();
        try (WorkWatch watch = WorkWatch.start(file, () -> {
            synchronized (turn) {
                StringWriter text = new StringWriter();
                Notebook aside = new Notebook(new PrintWriter(text, true), notebook.style(), input.width());
                aside.note("saved " + LocalTime.now().withNano(0) + ":");
                check(lesson, step, aside);
                input.printAbove(text.toString());
            }
        })) {
            String line = input.read("watching " + step.exercise().id() + "> ");
            return line == null || line.isBlank() ? null : line;
        } catch (LineInput.Interrupted e) {
            return null;
        } finally {
            notebook.note("Stopped watching " + file + ".");
        }
    }

    /** The names that exercise checks declared in the session (not the lesson's nor the learner's). */
    Set<String> checkNames() {
        return Set.copyOf(checkNames);
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

    /**
     * The code {@link #defineUses} defines for {@code step}'s {@code //USES}, as cells in the order they run, so a
     * checkpoint's plan holds them as the session's journal does.
     */
    List<PlannedCell> usedCells(Step step) {
        Path dir = step.file().toAbsolutePath().getParent();
        return UsedCode.of(step, dir, workbook, progress).stream()
                .map(u -> new PlannedCell(u.code(), new Origin(u.file(), u.line()))).toList();
    }

    /** The cell {@link #runQuietly} runs first: the learner's code if it passed, else the reference solution. */
    PlannedCell quietCell(Lesson lesson, Step step) {
        Exercise e = step.exercise();
        if (passed(lesson, step) && workbook.started(lesson, e)) {
            return new PlannedCell(workbook.code(lesson, e), new Origin(workbook.fileFor(lesson, e), 1));
        }
        return new PlannedCell(e.referenceCode(), new Origin(lesson.file(), e.codeLine()));
    }

    /**
     * Defines the step's {@code //USES} exercises of earlier lessons (the learner's solved copies, else the
     * references), saying in one line each which; {@code false} when one could not be defined.
     */
    boolean defineUses(Step step) {
        boolean ok = true;
        for (Uses.Defined d : Uses.learners(workbook, progress).define(session, step)) {
            if (d.ok()) {
                notebook.note(d.notice());
            } else {
                notebook.error(d.notice());
                ok = false;
            }
        }
        return ok;
    }

    /** Runs the reference solution quietly (for /skip and catching up); {@code false} if it failed. */
    boolean runReference(Lesson lesson, Exercise e) {
        CellResult result = session.run(e.referenceCode(), new Origin(lesson.file(), e.codeLine()),
                OutputSink.DISCARD);
        notebook.failure(result);
        return result.ok();
    }

    /** The next hint; first a word on the listed mistake the last check failed like, if it did (said once). */
    void hint(Lesson lesson, Exercise e) {
        notebook.line(Hints.next(progress, lesson, e, mistakeSeen.remove(e.id())).stripTrailing());
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
