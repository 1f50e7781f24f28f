package dev.shellbook.shell;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private final CatchUp catchUp;
    private final Set<Integer> ran = new HashSet<>();
    private Lesson lesson;
    private volatile int current;

    /** Steps that take at least this long to run are followed by a checkpoint (cheap next to the step). */
    static final long CHECKPOINT_AFTER_MILLIS = 1000;

    Stepper(Session session, Notebook notebook, Progress progress, ExerciseDesk desk, CatchUp catchUp) {
        this.session = session;
        this.notebook = notebook;
        this.progress = progress;
        this.desk = desk;
        this.catchUp = catchUp;
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

    /** Puts the learner at step {@code n} before it is shown (the prompt may be read meanwhile). */
    void place(int n) {
        current = n;
    }

    /** Forgets what ran: the session was reset. */
    void forgetRuns() {
        ran.clear();
    }

    /** Shows step {@code n} and runs its code, after the earlier steps that have not run. */
    void go(int n) {
        go(n, false);
    }

    /** Same, when the step's rule, prose and code (an exercise's file) are on screen already ({@code proseShown}). */
    void go(int n, boolean proseShown) {
        go(n, proseShown, false);
    }

    /**
     * Shows step {@code n} and runs it, first restoring the lesson's checkpoint in a fresh session and running the
     * earlier steps it does not cover ({@code verbose}: a line for each, as {@code /goto} shows them).
     */
    void go(int n, boolean proseShown, boolean verbose) {
        current = n;
        progress.savePosition(lesson.id(), n);
        Step step = lesson.step(n);
        show(step, proseShown);
        catchUp.restore(lesson, n, ran);
        if (ran(n) && needsRun(step)) {
            notebook.note("(your session is back as you left it, this step included; /run runs it again)");
        } else if (catchUp(n, verbose)) {
            execute(step);
        }
    }

    /** Writes a checkpoint of the session, so that coming back here needs no replay. */
    void save() {
        if (lesson != null && !ran.isEmpty()) {
            catchUp.save(lesson);
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
        if (step.isExercise() && proseShown) {
            desk.prepare(lesson); // the first screen showed the exercise too
        } else if (step.isExercise()) {
            desk.show(lesson, step);
        } else if (!proseShown) {
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
        long start = System.nanoTime();
        CellResult result = session.run(step.code(), new Origin(lesson.file(), step.codeLine()), notebook.sink());
        notebook.cell(result);
        if (result.ok()) {
            ran.add(step.number());
            if ((System.nanoTime() - start) / 1_000_000 >= CHECKPOINT_AFTER_MILLIS) {
                catchUp.save(lesson);
            }
        } else if (!result.restarted()) {
            notebook.note("Type /run to try this step again, or /next to go on.");
        }
    }

    /** Runs the steps before {@code n} that have not run, quietly; {@code false} if one failed or Ctrl-C. */
    private boolean catchUp(int n, boolean verbose) {
        List<Step> todo = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (!ran(i) && needsRun(lesson.step(i))) {
                todo.add(lesson.step(i));
            }
        }
        return todo.isEmpty() || catchUp.run(lesson, todo, ran, verbose);
    }

    private static boolean needsRun(Step step) {
        return step.hasCode() || step.isExercise();
    }
}
