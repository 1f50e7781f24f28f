package dev.shellbook.lesson;

import java.util.List;

/**
 * One cell of a lesson: a title, Markdown prose, and code split into snippets.
 *
 * @param number   1-based position in the lesson
 * @param title    the step's title
 * @param prose    Markdown prose (the comment block after the directive, {@code // } stripped)
 * @param code     the step's code as written in the file (for an exercise: the reference code); may be empty
 * @param codeLine 1-based file line of the code's first line (0 when there is no code)
 * @param snippets the code split into JShell snippets, each with its file line
 * @param exercise the exercise, or {@code null} for a plain step
 * @param line     1-based file line of the step's directive
 */
public record Step(int number, String title, String prose, String code, int codeLine, List<Snippet> snippets,
                   Exercise exercise, int line) {
    public Step {
        snippets = List.copyOf(snippets);
    }

    /** {@code true} for an exercise step. */
    public boolean isExercise() {
        return exercise != null;
    }

    /** {@code true} when the step has code to run. */
    public boolean hasCode() {
        return !snippets.isEmpty();
    }
}
