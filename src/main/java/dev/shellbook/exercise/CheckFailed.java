package dev.shellbook.exercise;

/**
 * A failed exercise check. Its message says what was expected and what was found, e.g.
 * {@code row 2 sums to 1.73, expected 1 (±1e-9)}; the shell adds the exercise's name and the next step.
 */
public class CheckFailed extends AssertionError {
    private static final long serialVersionUID = 1L;

    public CheckFailed(String message) {
        super(message);
    }
}
