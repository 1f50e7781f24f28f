package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;

/**
 * When the reference solution may be shown: to an instructor always; to a learner once the exercise passed or
 * after {@value #TRIES} runs of the checks, so that looking is the last resort and not the first.
 */
public final class Solutions {
    /** How many checks a learner runs before the solution may be shown. */
    public static final int TRIES = 3;

    private Solutions() {}

    /**
     * The answer to "show me the solution".
     *
     * @param shown {@code true} when {@code text} is the reference code; otherwise {@code text} says why not
     * @param text  the reference solution, or the reason it is not shown and what to do
     */
    public record Reveal(boolean shown, String text) {}

    /** The learner's request, under the policy above. */
    public static Reveal reveal(Progress progress, Lesson lesson, Exercise exercise) {
        return reveal(progress, lesson, exercise, false);
    }

    /** The request; {@code instructor} mode always shows the solution. */
    public static Reveal reveal(Progress progress, Lesson lesson, Exercise exercise, boolean instructor) {
        ExerciseProgress p = progress.get(lesson.id(), exercise.id());
        if (instructor || p.passed() || p.attempts() >= TRIES) {
            return new Reveal(true, "Reference solution of " + exercise.id() + " (" + lesson.file() + ":"
                    + exercise.codeLine() + "):\n" + exercise.solutionCode() + "\n");
        }
        return new Reveal(false, "Try /check at least " + TRIES + " times first: " + p.attempts() + " so far."
                + (p.hintsShown() < exercise.hints().size() ? " Type /hint for a nudge." : ""));
    }

    /** One line saying when the solution can be seen, for the end of the hints. */
    static String whenAvailable(Progress progress, Lesson lesson, Exercise exercise) {
        ExerciseProgress p = progress.get(lesson.id(), exercise.id());
        return p.passed() || p.attempts() >= TRIES
                ? "Type /solution to see the reference solution."
                : "After " + TRIES + " tries (" + p.attempts() + " so far), /solution shows the reference solution.";
    }
}
