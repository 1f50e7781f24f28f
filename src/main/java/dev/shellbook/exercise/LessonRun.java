package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SnippetResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** One lesson's verification in one session: its steps in order, each exercise's blank then its reference. */
final class LessonRun {
    private final Session session;
    private final Lesson lesson;
    private final Duration timeout;
    private final PrintWriter log;
    private final OutputSink sink;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ExerciseProof> proofs = new ArrayList<>();
    private int exercisesOk;
    private boolean timedOut;

    LessonRun(Session session, Lesson lesson, Duration timeout, PrintWriter log, boolean showOutput) {
        this.session = session;
        this.lesson = lesson;
        this.timeout = timeout;
        this.log = log;
        this.sink = showOutput && log != null ? (text, error) -> { log.print(text); log.flush(); } : OutputSink.DISCARD;
    }

    List<Problem> problems() {
        return problems;
    }

    List<ExerciseProof> proofs() {
        return proofs;
    }

    int exercisesOk() {
        return exercisesOk;
    }

    /** Runs every step; stops at the first plain step that fails, since later steps build on it. */
    void all() {
        for (Step step : lesson.steps()) {
            if (!uses(step)) {
                say("  ✗ stopped at step " + step.number() + "; the later steps were not run.");
                return;
            }
            if (step.isExercise()) {
                exercise(step);
            } else if (step.hasCode() && !plain(step)) {
                say("  ✗ stopped at step " + step.number() + "; the later steps were not run.");
                return;
            }
        }
    }

    /** Defines the step's //USES with the references; a use that cannot be defined is a problem at its line. */
    private boolean uses(Step step) {
        boolean ok = true;
        for (Uses.Defined d : timed(() -> Uses.references().define(session, step))) {
            if (!d.ok()) {
                problems.add(new Problem(lesson.file(), d.use().line(), null, d.notice()));
                say("  ✗ step " + step.number() + " " + step.title() + ": " + d.notice());
                ok = false;
            }
        }
        return ok;
    }

    private boolean plain(Step step) {
        timedOut = false;
        CellResult r = timed(() -> session.run(step.code(), new Origin(lesson.file(), step.codeLine()), sink));
        if (r.ok()) {
            return true;
        }
        SnippetResult f = r.failure().orElseThrow();
        problems.add(new Problem(lesson.file(), f.line(), null, "step " + step.number() + " (" + step.title()
                + ") fails: " + withoutPlace(r.message(), f) + overTime()));
        say("  ✗ step " + step.number() + " " + step.title() + ": " + r.message());
        return false;
    }

    private void exercise(Step step) {
        Exercise e = step.exercise();
        timedOut = false;
        List<Problem> found = new ArrayList<>(ExerciseRules.check(lesson, step));
        String summary = "";
        List<String> lines = List.of();
        if (ExerciseRules.runnable(e)) {
            CheckResult blank = check(e, e.blankCode());
            found.addAll(blankProblems(e, blank));
            List<MistakeTrial> trials = mistakes(e);
            found.addAll(MistakeProblems.of(lesson, e, trials));
            CheckResult reference = check(e, e.referenceCode());
            found.addAll(referenceProblems(e, reference));
            summary = "  blank: " + blank.gist() + " · mistakes " + trials.stream().filter(MistakeTrial::caught)
                    .count() + "/" + trials.size() + " caught · reference: " + reference.gist();
            proofs.add(MistakeProblems.proof(e, trials));
            lines = trials.stream().map(t -> "      " + MistakeProblems.line(t)).toList();
        } else if (step.hasCode()) {
            timed(() -> session.run(e.referenceCode(), new Origin(lesson.file(), e.codeLine()), sink));
        }
        found.replaceAll(p -> new Problem(p.file(), p.line(), p.exercise(), p.message() + overTime()));
        problems.addAll(found);
        exercisesOk += found.isEmpty() ? 1 : 0;
        say("  " + (found.isEmpty() ? "✓ " : "✗ ") + e.id() + summary);
        lines.forEach(this::say);
        found.forEach(p -> say("      " + p));
    }

    private CheckResult check(Exercise e, String code) {
        return check(e, code, e.checkCode());
    }

    private CheckResult check(Exercise e, String code, String checks) {
        return timed(() -> Checker.check(session, lesson, e, code, new Origin(lesson.file(), e.codeLine()), checks,
                sink));
    }

    /** Each listed mistake in place of the reference, with what a later check would have blamed. */
    private List<MistakeTrial> mistakes(Exercise e) {
        List<MistakeTrial> trials = new ArrayList<>();
        for (MistakeCase m : MistakeCase.of(e)) {
            CheckResult r = check(e, m.code());
            trials.add(new MistakeTrial(m, r, MistakeTrial.blame(e, r, checks -> check(e, m.code(), checks))));
        }
        return trials;
    }

    private List<Problem> blankProblems(Exercise e, CheckResult blank) {
        String what = switch (blank.outcome()) {
            case PASSED -> "the checks pass on the blank, so they cannot tell a learner who did nothing. Add a"
                    + " check that the blank fails (it throws or returns its //BLANK value).";
            case CODE_DOES_NOT_COMPILE -> "the blank " + blank.gist() + ". A blank must compile and fail clearly;"
                    + " give a //BLANK that does.";
            case CHECKS_DO_NOT_COMPILE -> "the checks do not compile against the blank: " + blank.gist() + ".";
            case INTERRUPTED -> "the checks of the blank did not finish: " + blank.gist() + ".";
            default -> null;
        };
        int line = blank.outcome() == Outcome.PASSED ? e.checkLine() : lineOf(blank, e.codeLine());
        return what == null ? List.of() : List.of(new Problem(lesson.file(), line, e.id(), what));
    }

    private List<Problem> referenceProblems(Exercise e, CheckResult reference) {
        if (reference.passed()) {
            return List.of();
        }
        return List.of(new Problem(lesson.file(), lineOf(reference, e.checkLine()), e.id(),
                "the reference solution fails: " + reference.gist() + "."));
    }

    private static int lineOf(CheckResult r, int fallback) {
        SnippetResult f = Checker.failure(r);
        return f == null ? fallback : f.line();
    }

    private static String withoutPlace(String message, SnippetResult f) {
        return message.replaceFirst("^" + java.util.regex.Pattern.quote(f.file() + ":" + f.line() + ": "), "");
    }

    /** Runs {@code work}, stopping the session's snippet if it takes longer than the step timeout. */
    private <T> T timed(Supplier<T> work) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "verify-timeout");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            fired.set(true);
            session.stop();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            alarm.cancel(false);
            timer.shutdownNow();
            timedOut |= fired.get();
        }
    }

    /** Said after a problem caused by the step timeout. */
    private String overTime() {
        return timedOut ? " (stopped: it ran longer than the step timeout of " + timeout.toSeconds() + " s)" : "";
    }

    private void say(String line) {
        if (log != null) {
            log.println(line);
            log.flush();
        }
    }
}
