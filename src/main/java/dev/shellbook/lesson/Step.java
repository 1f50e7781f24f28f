package dev.shellbook.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a lesson: a title, Markdown prose, and code.
 *
 * @param number   1-based position in the lesson
 * @param title    the step's title
 * @param prose    Markdown prose (the comment block after the directive, {@code // } stripped)
 * @param code     the step's code as written in the file (for an exercise: the reference code); may be empty
 * @param codeLine 1-based file line of the code's first line (0 when there is no code)
 * @param exercise the exercise, or {@code null} for a plain step
 * @param line     1-based file line of the step's directive
 * @param uses     the {@code //USES} lines: exercises of earlier lessons to define before the code runs
 * @param file     the lesson file
 */
public record Step(int number, String title, String prose, String code, int codeLine, Exercise exercise, int line,
                   List<Use> uses, Path file) {
    public Step {
        uses = List.copyOf(uses);
    }

    /** {@code true} for an exercise step. */
    public boolean isExercise() {
        return exercise != null;
    }

    /** {@code true} when the step has code to run (more than comments). */
    public boolean hasCode() {
        return CodeScan.hasTokens(code);
    }

    /**
     * What the step runs, in order: a plain step its code; an exercise its reference code, then its check code.
     * Code that is only comments is left out.
     */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        if (hasCode()) {
            cells.add(new Cell(isExercise() ? Cell.Kind.SOLUTION : Cell.Kind.CODE, code, file, codeLine));
        }
        if (isExercise() && exercise.hasChecks()) {
            cells.add(new Cell(Cell.Kind.CHECK, exercise.checkCode(), file, exercise.checkLine()));
        }
        return cells;
    }
}
