package dev.shellbook.exercise;

import java.time.Instant;

/**
 * What the learner has done on one exercise.
 *
 * @param passed      {@code true} once a check has passed (stays true)
 * @param attempts    how many times the learner ran the checks before solving it (the solving try included)
 * @param lastResult  the last check's gist ({@code the sum of row 2 is 1.73, expected 1 (±1e-9)}), or {@code ""}
 * @param time        when the checks last ran, or {@code null} if never
 * @param hintsShown  how many hints the learner has seen
 */
public record ExerciseProgress(boolean passed, int attempts, String lastResult, Instant time, int hintsShown) {
    /** An exercise the learner has not touched. */
    public static final ExerciseProgress NONE = new ExerciseProgress(false, 0, "", null, 0);

    public ExerciseProgress {
        lastResult = lastResult == null ? "" : lastResult;
    }

    /** This progress after one more check; once solved, checks are no longer counted as tries. */
    ExerciseProgress checked(boolean ok, String result, Instant when) {
        return new ExerciseProgress(passed || ok, attempts + (passed ? 0 : 1), result, when, hintsShown);
    }

    /** This progress with one more hint seen. */
    ExerciseProgress hinted() {
        return new ExerciseProgress(passed, attempts, lastResult, time, hintsShown + 1);
    }

    /** {@code done}, {@code trying} or {@code not started}. */
    public String status() {
        return passed ? "done" : attempts > 0 ? "trying" : "not started";
    }
}
