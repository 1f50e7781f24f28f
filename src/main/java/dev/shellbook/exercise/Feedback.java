package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Diagnostic;
import dev.shellbook.session.Failure;
import dev.shellbook.session.SnippetResult;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed cell into one line of learner text: what was expected and what was found, where, and what to do
 * next. {@code ✗ softmax: row 2 sums to 1.73, expected 1 (±1e-9). Type /hint for a nudge.}
 */
final class Feedback {
    static final String NUDGE = " Type /hint for a nudge.";
    private static final Pattern MISSING =
            Pattern.compile("until (?:variable |method |class |interface |enum |record )?([A-Za-z_$][\\w$]*)");

    private Feedback() {}

    /** The learner's own code failed (before any check ran). */
    static CheckResult ofCode(Exercise exercise, Path codeFile, CellResult cell) {
        SnippetResult f = cell.failure().orElseThrow();
        return switch (f.status()) {
            case COMPILE_ERROR, REJECTED -> result(Outcome.CODE_DOES_NOT_COMPILE, exercise,
                    "your code does not compile: " + where(f) + ". Fix it, save, and type /check again.", cell);
            case EXCEPTION -> thrown(exercise, codeFile, f.failure(), cell);
            default -> interrupted(exercise, f, cell);
        };
    }

    /**
     * The learner's code ran ({@code mine}); a check failed or could not run. A method of the learner's that
     * uses an undeclared name is accepted by JShell and fails only when called: that reads as a compile error at
     * the learner's declaration.
     */
    static CheckResult ofChecks(Exercise exercise, Path codeFile, CellResult mine, CellResult cell) {
        SnippetResult f = cell.failure().orElseThrow();
        if (f.failure() != null && f.failure().simpleName().equals("UnresolvedReferenceException")) {
            return result(Outcome.CODE_DOES_NOT_COMPILE, exercise, "your code does not compile: "
                    + declaration(mine, f.failure()) + ": " + sentence(f.failure().message())
                    + " Fix it, save, and type /check again.", cell);
        }
        return switch (f.status()) {
            case COMPILE_ERROR, REJECTED -> result(Outcome.CHECKS_DO_NOT_COMPILE, exercise, "the checks cannot use "
                    + "your code: " + where(f) + ". Keep the names and parameter types of the blank in " + codeFile
                    + ".", cell);
            case EXCEPTION -> thrown(exercise, codeFile, f.failure(), cell);
            default -> interrupted(exercise, f, cell);
        };
    }

    private static CheckResult thrown(Exercise exercise, Path codeFile, Failure e, CellResult cell) {
        String message = e.message() == null ? "" : e.message().strip();
        if (e.simpleName().equals("UnsupportedOperationException") && message.startsWith("TODO")) {
            return result(Outcome.NOT_DONE, exercise, "not done yet: fill in the TODO in " + codeFile + ".", cell);
        }
        if (e.simpleName().equals("CheckFailed") || e.simpleName().equals("AssertionError")) {
            String what = message.isEmpty() ? "an assertion failed at " + e.file() + ":" + e.line() : message;
            return result(Outcome.CHECK_FAILED, exercise, sentence(what) + NUDGE, cell);
        }
        String what = message.isEmpty() ? e.simpleName() : e.simpleName() + ": " + oneLine(message);
        return result(Outcome.EXCEPTION, exercise, what + " at " + e.file() + ":" + e.line() + "." + NUDGE, cell);
    }

    private static CheckResult interrupted(Exercise exercise, SnippetResult f, CellResult cell) {
        return result(Outcome.INTERRUPTED, exercise, sentence(f.message()) + " Type /check to run the checks again.",
                cell);
    }

    /**
     * {@code file:line} in the learner's code where the undeclared name of an unresolved-reference message
     * ({@code total cannot be used until variable s is declared}) is first used, or where the declaration starts.
     */
    private static String declaration(CellResult mine, Failure e) {
        String message = e.message() == null ? "" : e.message();
        String name = message.split(" ", 2)[0];
        Matcher missing = MISSING.matcher(message);
        return mine.snippets().stream().filter(s -> name.equals(s.name())).reduce((a, b) -> b)
                .map(s -> s.file() + ":" + (missing.find() ? use(s, missing.group(1)) : s.line()))
                .orElse(e.file() + ":" + e.line());
    }

    /**
     * The file line of the first use of {@code name} in the snippet, or the snippet's line. The snippet's line is
     * that of its first token, so lines are counted from the first line with code (not blank, not a comment).
     */
    private static int use(SnippetResult s, String name) {
        String[] lines = s.source().split("\\R", -1);
        Pattern word = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])");
        int first = -1;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String code = withoutComments(lines[i], inComment);
            inComment = lines[i].contains("/*") && !lines[i].substring(lines[i].lastIndexOf("/*")).contains("*/")
                    || inComment && !lines[i].contains("*/");
            first = first < 0 && !code.isBlank() ? i : first;
            if (first >= 0 && word.matcher(code).find()) {
                return s.line() + i - first;
            }
        }
        return s.line();
    }

    /** A line with its comments blanked out ({@code inComment}: the line starts inside a block comment). */
    private static String withoutComments(String line, boolean inComment) {
        String code = inComment ? (line.contains("*/") ? line.substring(line.indexOf("*/") + 2) : "") : line;
        return code.replaceAll("/\\*.*?\\*/", " ").replaceFirst("/\\*.*", "").replaceFirst("//.*", "");
    }

    /** {@code file:line: javac's message} of the first compile error, or the snippet's own message. */
    private static String where(SnippetResult f) {
        return f.diagnostics().stream().filter(Diagnostic::error).findFirst()
                .map(d -> d.file() + ":" + d.line() + ": " + d.summary())
                .orElse(f.message().replaceFirst("\\.$", ""));
    }

    private static CheckResult result(Outcome outcome, Exercise exercise, String text, CellResult cell) {
        return new CheckResult(outcome, "✗ " + exercise.id() + ": " + text, cell);
    }

    private static String sentence(String s) {
        String line = oneLine(s);
        return line.endsWith(".") || line.endsWith("!") || line.endsWith("?") ? line : line + ".";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
