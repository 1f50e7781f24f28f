package dev.shellbook.exercise;

import java.time.Instant;

/**
 * What the learner has done on one exercise.
 *
 * @param passed      {@code true} once a check has passed (stays true)
 * @param attempts    how many times the learner ran the checks
 * @param lastResult  the last check's one-line result ({@code ✗ softmax: row 2 sums to 1.73, …}), or {@code ""}
 * @param time        when the checks last ran, or {@code null} if never
 * @param hintsShown  how many hints the learner has seen
 */
public record ExerciseProgress(boolean passed, int attempts, String lastResult, Instant time, int hintsShown) {
    /** An exercise the learner has not touched. */
    public static final ExerciseProgress NONE = new ExerciseProgress(false, 0, "", null, 0);

    public ExerciseProgress {
        lastResult = lastResult == null ? "" : lastResult;
    }

    /** This progress after one more check. */
    ExerciseProgress checked(boolean ok, String result, Instant when) {
        return new ExerciseProgress(passed || ok, attempts + 1, result, when, hintsShown);
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
