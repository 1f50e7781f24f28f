package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;

/**
 * Gives an exercise's hints one at a time, from gentle to specific, remembering in {@link Progress} how many the
 * learner has seen (so the next {@code /hint}, even after a restart, gives the next one).
 */
public final class Hints {
    private Hints() {}

    /**
     * The next hint ({@code Hint 2 of 3: …}) and records it; once all are seen, all of them again with what to do
     * next.
     */
    public static String next(Progress progress, Lesson lesson, Exercise exercise) {
        return next(progress, lesson, exercise, null);
    }

    /**
     * The next hint, after a word on {@code mistake} first when the learner's last check failed the way that
     * listed mistake does ({@code null}: it did not, or that is not known).
     */
    public static String next(Progress progress, Lesson lesson, Exercise exercise, CheckResult.MistakeNote mistake) {
        String first = mistake == null ? "" : "About your last check: it fails the same way as code that "
                + mistake.description().replaceFirst("\\.$", "") + ". Look for that first.\n";
        return first + following(progress, lesson, exercise);
    }

    private static String following(Progress progress, Lesson lesson, Exercise exercise) {
        int n = exercise.hints().size();
        if (n == 0) {
            return "This exercise has no hints. Read its TODO again: " + exercise.todo();
        }
        int seen = progress.get(lesson.id(), exercise.id()).hintsShown();
        if (seen < n) {
            progress.recordHint(lesson.id(), exercise.id());
            return "Hint " + (seen + 1) + " of " + n + ": " + exercise.hints().get(seen);
        }
        StringBuilder all = new StringBuilder("That was the last hint. All " + n + " hints:\n");
        for (int i = 0; i < n; i++) {
            all.append("  ").append(i + 1).append(". ").append(exercise.hints().get(i)).append('\n');
        }
        return all.append(Solutions.whenAvailable(progress, lesson, exercise)).toString();
    }
}
