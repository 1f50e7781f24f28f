package dev.shellbook.exercise;

import dev.shellbook.session.CellResult;

/**
 * The result of checking a learner's code.
 *
 * @param outcome what happened
 * @param message one line for the learner: {@code ✓ softmax: all 3 checks pass.} or
 *                {@code ✗ softmax: row 2 sums to 1.73, expected 1 (±1e-9). Type /hint for a nudge.}
 * @param cell    the cell that decided it: the learner's code when it failed, otherwise the checks
 */
public record CheckResult(Outcome outcome, String message, CellResult cell) {
    /** What happened when the checks ran. */
    public enum Outcome {
        /** Every check passed. */
        PASSED,
        /** The blank is still in place: its {@code UnsupportedOperationException("TODO: …")} was thrown. */
        NOT_DONE,
        /** A check failed: the code runs but gives a wrong answer. */
        CHECK_FAILED,
        /** The learner's code does not compile. */
        CODE_DOES_NOT_COMPILE,
        /** The checks do not compile against the learner's code (a renamed method, a changed signature). */
        CHECKS_DO_NOT_COMPILE,
        /** The learner's code (or a check calling it) threw. */
        EXCEPTION,
        /** Stopped with Ctrl-C, or the session's JVM died and was restarted. */
        INTERRUPTED,
        /** The exercise has no checks: a lesson problem, not the learner's. */
        NO_CHECKS
    }

    /** {@code true} when every check passed. */
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
