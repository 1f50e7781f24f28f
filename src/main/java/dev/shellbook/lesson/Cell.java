package dev.shellbook.lesson;

import java.nio.file.Path;

/**
 * One piece of code a step runs, and where it stands in the lesson file: what {@link Step#cells()} answers so that
 * every runner (batch run, render, verify) chooses the code and builds its place the same way.
 *
 * @param kind what the code is
 * @param code the code, exactly as in the file
 * @param file the lesson file
 * @param line 1-based file line of the code's first line
 */
public record Cell(Kind kind, String code, Path file, int line) {
    /** What a cell's code is. */
    public enum Kind {
        /** A plain step's code. */
        CODE,
        /** An exercise's code with its reference solution. */
        SOLUTION,
        /** An exercise's check code, run after the solution (the reference or the learner's). */
        CHECK
    }

    /** {@code true} for an exercise's check code. */
    public boolean isCheck() {
        return kind == Kind.CHECK;
    }
}
