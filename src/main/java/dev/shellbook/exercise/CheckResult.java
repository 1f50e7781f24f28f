package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckFailed.Detail;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import java.nio.file.Path;

/**
 * The result of checking a learner's code, as parts; {@link Feedback} turns it into text where it is shown.
 *
 * @param outcome   what happened
 * @param exercise  the exercise's id
 * @param checks    how many checks ran (the check code's snippets) when it passed; 0 otherwise
 * @param detail    why it did not pass (what, expected, found, kind), or {@code null} when it passed
 * @param place     where: the failing check's line in the lesson, the line that threw or does not compile; or
 *                  {@code null}
 * @param workFile  the learner's file the code came from
 * @param signature how it failed, for matching against the exercise's listed mistakes; {@code null} when a
 *                  mistake cannot explain it (passed, not done, does not compile, interrupted)
 * @param mistake   the listed mistake that fails exactly this way, or {@code null}
 * @param tries     the learner's tries so far, this one included (0 when not recorded)
 * @param opened    {@code true} when this try is the one that opens {@code /solution}
 * @param cell      the cell that decided it: the learner's code when it failed, otherwise the checks
 */
public record CheckResult(Outcome outcome, String exercise, int checks, Detail detail, Origin place, Path workFile,
                          Signature signature, MistakeNote mistake, int tries, boolean opened, CellResult cell) {
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

    /**
     * How an attempt failed: the line of the first check that failed (0 when the exercise's own code threw
     * before any check ran), the kind of difference ({@link CheckFailed.Kind}'s name) or the simple name of the
     * exception thrown, and the entry where it was found ({@code [1,1]}, or {@code ""} for a single value). Two
     * attempts with the same signature failed the same way.
     */
    public record Signature(int checkLine, String kind, String at) {
        /** The signature of a check failure: its entry is the index at the end of what was checked. */
        static Signature of(int checkLine, CheckFailed.Detail d) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\[[0-9,]+\\])$").matcher(d.what());
            return new Signature(checkLine, d.kind().name(), m.find() ? m.group(1) : "");
        }

        /** {@code line 112, NAN at [1,1]}. */
        @Override
        public String toString() {
            return (checkLine == 0 ? "the exercise's own code" : "line " + checkLine) + ", " + kind
                    + (at.isEmpty() ? "" : " at " + at);
        }
    }

    /**
     * A listed mistake whose failure has this result's signature.
     *
     * @param name        the mistake's name ({@code first-entry})
     * @param description what the mistake does, as its {@code //MISTAKE} line says it
     */
    public record MistakeNote(String name, String description) {}

    /** {@code true} when every check passed. */
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** The learner's line: {@code ✗ softmax: row 1 is NaN, expected a finite number. Type /hint for a nudge.} */
    public String message() {
        return CheckText.line(this);
    }

    /** The gist without the exercise's name or the next step: {@code row 1 is NaN, expected a finite number}. */
    public String gist() {
        return CheckText.gist(this);
    }

    /** This result with a try counted: {@code tries} so far, and whether this one opened /solution. */
    CheckResult counted(int newTries, boolean opens) {
        return new CheckResult(outcome, exercise, checks, detail, place, workFile, signature, mistake, newTries,
                opens, cell);
    }

    /** This result, explained by a listed mistake that fails the same way. */
    CheckResult explainedBy(MistakeNote note) {
        return new CheckResult(outcome, exercise, checks, detail, place, workFile, signature, note, tries, opened,
                cell);
    }
}
