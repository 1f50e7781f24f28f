package dev.shellbook.shell;

import dev.shellbook.chart.ChartLine;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.CheckpointKeys;
import dev.shellbook.session.Origin;
import dev.shellbook.session.PlannedCell;
import dev.shellbook.session.Restored;
import dev.shellbook.session.Session;
import dev.shellbook.session.SnippetResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brings a fresh session up to a step: restores the lesson's checkpoint when it fits, then runs the steps it does
 * not cover, on one updating progress line (or, for {@code /goto}, one line per step with the charts it saved);
 * Ctrl-C ends it and says which steps did not run. Also writes the checkpoints.
 */
final class CatchUp {
    private final Session session;
    private final Notebook notebook;
    private final ExerciseDesk desk;
    private final Path checkpoints;
    private final Path data;
    /** Ctrl-C at the prompt while this runs behind it: no further step starts. */
    private volatile boolean cancelled;
    /** What may run between a restore's snippets (the learner's lines that need nothing restored). */
    private Session.Between between = independent -> { };

    CatchUp(Session session, Notebook notebook, ExerciseDesk desk, Path checkpoints, Path data) {
        this.session = session;
        this.notebook = notebook;
        this.desk = desk;
        this.checkpoints = checkpoints;
        this.data = data;
    }

    /** Lets {@code between} run the learner's independent lines while a checkpoint is restored. */
    void between(Session.Between between) {
        this.between = between;
    }

    /** The status line while a checkpoint is read back (shown again after a line that ran in between). */
    void showRestoring() {
        notebook.status("restoring your session from its checkpoint…");
    }

    /** Lets the next catching up run (a Ctrl-C that came too late to stop one does not count). */
    void arm() {
        cancelled = false;
    }

    /** Ctrl-C: the catching up running (behind the prompt) starts no further step. */
    void cancel() {
        cancelled = true;
    }

    /** Saves the session as a checkpoint of {@code lesson}; a value that cannot be saved only costs speed later. */
    void save(Lesson lesson) {
        session.checkpoint(file(lesson), CheckpointKeys.of(lesson.file(), data));
    }

    /**
     * In a session where nothing of {@code lesson} ran ({@code ran} empty), restores the checkpoint of steps up to
     * {@code n} if it fits, adding the steps it covers to {@code ran}.
     */
    void restore(Lesson lesson, int n, Set<Integer> ran) {
        if (!ran.isEmpty()) {
            return;
        }
        List<Integer> steps = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(); // how many planned cells there are up to each step, itself included
        List<PlannedCell> plan = new ArrayList<>();
        for (Step step : lesson.steps().subList(0, n)) {
            if (step.isExercise() || step.hasCode()) {
                steps.add(step.number());
                plan.addAll(desk.usedCells(step));
                plan.add(step.isExercise() ? desk.quietCell(lesson, step)
                        : new PlannedCell(step.code(), new Origin(lesson.file(), step.codeLine())));
                ends.add(plan.size());
            }
        }
        int end = n < lesson.steps().size() ? lesson.step(n + 1).codeLine() : Integer.MAX_VALUE;
        if (java.nio.file.Files.exists(file(lesson))) {
            showRestoring();
        }
        Restored restored = session.restore(file(lesson), CheckpointKeys.of(lesson.file(), data), plan, end,
                between);
        notebook.clearStatus();
        if (!restored.notice().isEmpty()) {
            notebook.note(restored.notice());
        }
        int whole = 0; // the steps all of whose cells the checkpoint holds
        while (whole < ends.size() && ends.get(whole) <= restored.covered()) {
            whole++;
        }
        List<Integer> back = steps.subList(0, whole);
        ran.addAll(back);
        if (!back.isEmpty()) {
            notebook.note("(your session is back from its checkpoint: " + (back.size() == 1 ? "step " + back.get(0)
                    : "steps " + back.get(0) + "–" + back.get(back.size() - 1)) + ", restored, not run again)");
        }
    }

    /**
     * Runs {@code todo} (steps before the current one, in order), each quietly; {@code verbose} prints a line per
     * step, else one progress line. {@code false} when one failed or Ctrl-C stopped them.
     */
    boolean run(Lesson lesson, List<Step> todo, Set<Integer> ran, boolean verbose) {
        int first = todo.get(0).number();
        int last = todo.get(todo.size() - 1).number();
        notebook.note(todo.size() == 1 ? "(running step " + first + " first so its variables exist)"
                : "(running steps " + first + "–" + last + " first so their variables exist)");
        for (int i = 0; i < todo.size(); i++) {
            Step step = todo.get(i);
            if (!verbose) {
                notebook.status("replaying " + (i + 1) + " of " + todo.size() + ": " + step.title() + "…");
            }
            if (cancelled) {
                notebook.clearStatus();
                stopped(lesson, todo.subList(i, todo.size()), null, true);
                return false;
            }
            if (!desk.defineUses(step)) {
                notebook.clearStatus();
                stopped(lesson, todo.subList(i, todo.size()), null, false);
                return false;
            }
            StringBuilder printed = new StringBuilder();
            CellResult result = step.isExercise() ? null : session.run(step.code(),
                    new Origin(lesson.file(), step.codeLine()), (text, error) -> printed.append(text));
            boolean ok = result == null ? desk.runQuietly(lesson, step) : result.ok();
            if (ok) {
                ran.add(step.number());
                if (verbose) {
                    notebook.note("  ran " + step.number() + "/" + lesson.steps().size() + " " + step.title()
                            + charts(printed.toString()));
                }
                continue;
            }
            notebook.clearStatus();
            stopped(lesson, todo.subList(i, todo.size()), result, cancelled);
            return false;
        }
        notebook.clearStatus();
        return true;
    }

    private void stopped(Lesson lesson, List<Step> rest, CellResult result, boolean cancelled) {
        boolean ctrlC = cancelled || result != null && result.failure()
                .map(f -> f.status() == SnippetResult.Status.STOPPED).orElse(false);
        if (result != null && !ctrlC) {
            notebook.failure(result);
        }
        int first = rest.get(0).number();
        String steps = rest.size() == 1 ? "step " + first : "steps " + first + "–" + rest.get(rest.size() - 1)
                .number();
        notebook.note(ctrlC ? "Ctrl-C stopped the catching up: " + steps + " did not run, nor this step. The"
                + " session is yours: /goto " + first + " runs them from there, /run runs only this step."
                : "Step " + first + " (" + rest.get(0).title() + ") failed while catching up: " + steps
                + " did not run. Type /goto " + first + " to look at it.");
    }

    /** {@code · chart out/…/x.png} for each chart a step saved. */
    private static String charts(String printed) {
        StringBuilder found = new StringBuilder();
        printed.lines().map(ChartLine::parse).flatMap(java.util.Optional::stream)
                .forEach(png -> found.append(" · chart ").append(png));
        return found.toString();
    }

    private Path file(Lesson lesson) {
        return checkpoints.resolve(lesson.id() + ".ckpt");
    }
}
