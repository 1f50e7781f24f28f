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
