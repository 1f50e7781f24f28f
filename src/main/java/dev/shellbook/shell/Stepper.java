package dev.shellbook.shell;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import java.util.HashSet;
import java.util.Set;

/**
 * The learner's place in a lesson and which steps have run in this session: shows a step, runs its code, and
 * first runs the earlier steps that have not run yet so that their variables exist.
 */
final class Stepper {
    private final Session session;
    private final Notebook notebook;
    private final Progress progress;
    private final ExerciseDesk desk;
    private final Set<Integer> ran = new HashSet<>();
    private Lesson lesson;
    private int current;

    Stepper(Session session, Notebook notebook, Progress progress, ExerciseDesk desk) {
        this.session = session;
        this.notebook = notebook;
        this.progress = progress;
        this.desk = desk;
    }

    Lesson lesson() {
        return lesson;
    }

    int current() {
        return current;
    }

    Step step() {
        return lesson.step(current);
    }

    boolean ran(int number) {
        return ran.contains(number);
    }

    /** Takes up {@code next} in a session where nothing of it has run (a new session or a reset one). */
    void open(Lesson next) {
        lesson = next;
        current = 0;
        ran.clear();
    }

    /** Forgets what ran: the session was reset. */
    void forgetRuns() {
        ran.clear();
    }

    /** Shows step {@code n} and runs its code, after the earlier steps that have not run. */
    void go(int n) {
        go(n, false);
    }

    /** Same, when the step's rule and prose are on screen already ({@code proseShown}, the first screen). */
    void go(int n, boolean proseShown) {
        current = n;
        progress.savePosition(lesson.id(), n);
        Step step = lesson.step(n);
        show(step, proseShown);
        if (catchUp(n)) {
            execute(step);
        }
    }

    /** Shows step {@code n} without running anything. */
    void look(int n) {
        current = n;
        progress.savePosition(lesson.id(), n);
        show(lesson.step(n), false);
    }

    /** Runs the current step's code again (for an exercise: the learner's code, without checks). */
    void rerun() {
        Step step = step();
        if (step.isExercise()) {
            desk.tryOut(lesson, step);
        } else if (!step.hasCode()) {
            notebook.note("This step has no code to run. /next goes on.");
        } else {
            runShown(step);
        }
    }

    /** Marks a step as run (an exercise passed or skipped). */
    void markRan(int number) {
        ran.add(number);
    }

    private void show(Step step, boolean proseShown) {
        if (!proseShown) {
            notebook.step(lesson, step);
        }
        if (step.isExercise()) {
            desk.show(lesson, step);
        } else {
            notebook.code(step.code());
        }
    }

    private void execute(Step step) {
        if (!desk.defineUses(step)) {
            return;
        }
        if (step.isExercise()) {
            if (!ran(step.number()) && desk.passed(lesson, step) && desk.runQuietly(lesson, step)) {
                ran.add(step.number());
            }
        } else if (step.hasCode()) {
            runShown(step);
        }
    }

    private void runShown(Step step) {
        CellResult result = session.run(step.code(), new Origin(lesson.file(), step.codeLine()), notebook.sink());
        notebook.cell(result);
        if (result.ok()) {
            ran.add(step.number());
        } else if (!result.restarted()) {
            notebook.note("Type /run to try this step again, or /next to go on.");
        }
    }

    /** Runs the steps before {@code n} that have not run, quietly; {@code false} if one failed. */
    private boolean catchUp(int n) {
        int first = 1;
        while (first < n && (ran(first) || !needsRun(lesson.step(first)))) {
            first++;
        }
        if (first >= n) {
            return true;
        }
        notebook.note(first == n - 1 ? "(running step " + first + " first so its variables exist)"
                : "(running steps " + first + "–" + (n - 1) + " first so their variables exist)");
        for (int i = first; i < n; i++) {
            if (!ran(i) && !runQuietly(lesson.step(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsRun(Step step) {
        return step.hasCode() || step.isExercise();
    }

    private boolean runQuietly(Step step) {
        boolean ok = desk.defineUses(step) && (step.isExercise() ? desk.runQuietly(lesson, step) : quietly(step));
        if (ok) {
            ran.add(step.number());
        } else {
            notebook.note("Step " + step.number() + " (" + step.title() + ") failed while catching up. Type /goto "
                    + step.number() + " to look at it.");
        }
        return ok;
    }

    private boolean quietly(Step step) {
        if (!step.hasCode()) {
            return true;
        }
        CellResult result = session.run(step.code(), new Origin(lesson.file(), step.codeLine()), OutputSink.DISCARD);
        notebook.failure(result);
        return result.ok();
    }
}
