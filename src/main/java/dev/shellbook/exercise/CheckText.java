package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Outcome;

/**
 * A check result as text, where it is shown: the learner's line ({@link #line}) in the shell, and its gist
 * ({@link #gist}) in verify's report and the progress table.
 */
public final class CheckText {
    /** What to do after a wrong answer. */
    static final String NUDGE = "Type /hint for a nudge.";

    private CheckText() {}

    /**
     * {@code ✗ softmax: row 1 is NaN, expected a finite number. This is what happens with code that shifts the
     * whole matrix by one number instead of each row by its own max. Type /hint for a nudge.}
     */
    public static String line(CheckResult r) {
        String text = (r.passed() ? "✓ " : "✗ ") + r.exercise() + ": " + sentence(body(r));
        String mistake = r.mistake() == null ? "" : " This is what happens with code that "
                + sentence(r.mistake().description());
        String opened = r.opened() ? " /solution is open now." : "";
        return text + mistake + next(r) + opened;
    }

    /** The result without the exercise's name or what to do: {@code the sum of row 2 is 1.73, expected 1 (±1e-9)}. */
    public static String gist(CheckResult r) {
        return switch (r.outcome()) {
            case PASSED -> checks(r.checks());
            case NOT_DONE -> "not done yet";
            case NO_CHECKS -> "no checks" + at(r);
            case CHECK_FAILED, INTERRUPTED -> r.detail().text();
            case EXCEPTION -> r.detail().text() + at(r);
            case CODE_DOES_NOT_COMPILE -> "does not compile: " + place(r) + r.detail().text();
            case CHECKS_DO_NOT_COMPILE -> "the checks cannot use the code: " + place(r) + r.detail().text();
        };
    }

    private static String body(CheckResult r) {
        return switch (r.outcome()) {
            case PASSED -> checks(r.checks());
            case NOT_DONE -> "not done yet: fill in the TODO in " + r.workFile();
            case NO_CHECKS -> "this exercise has no checks (" + r.place() + "). Tell your instructor; go on with /next";
            case CODE_DOES_NOT_COMPILE -> "your code does not compile: " + place(r) + r.detail().text();
            case CHECKS_DO_NOT_COMPILE -> "the checks cannot use your code: " + place(r) + r.detail().text()
                    + ". Keep the names and parameter types of the blank in " + r.workFile();
            default -> gist(r);
        };
    }

    /** What to do next, after a space; empty when the body said it. */
    private static String next(CheckResult r) {
        return switch (r.outcome()) {
            case CHECK_FAILED, EXCEPTION -> " " + NUDGE;
            case CODE_DOES_NOT_COMPILE -> " Fix it, save, and type /check again.";
            case INTERRUPTED -> " Type /check to run the checks again.";
            default -> "";
        };
    }

    private static String checks(int n) {
        return n == 1 ? "the check passes" : "all " + n + " checks pass";
    }

    private static String at(CheckResult r) {
        return r.place() == null ? "" : " at " + r.place();
    }

    private static String place(CheckResult r) {
        return r.place() == null ? "" : r.place() + ": ";
    }

    private static String sentence(String s) {
        String line = s.strip();
        return line.endsWith(".") || line.endsWith("!") || line.endsWith("?") ? line : line + ".";
    }
}
