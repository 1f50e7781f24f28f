package dev.shellbook.exercise;

import java.nio.file.Path;

/**
 * One thing {@code verify} found wrong with a lesson, where it is and what to do.
 *
 * @param file     the lesson file
 * @param line     1-based line in it
 * @param exercise the exercise's id, or {@code null} for a plain step or the whole lesson
 * @param message  what is wrong and what to do
 */
public record Problem(Path file, int line, String exercise, String message) {
    /** {@code lessons/03-x.jsh:42: exercise softmax: the checks pass on the blank…} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (exercise == null ? "" : "exercise " + exercise + ": ") + message;
    }
}
