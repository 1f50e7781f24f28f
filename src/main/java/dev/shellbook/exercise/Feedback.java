package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckFailed.Detail;
import dev.shellbook.exercise.CheckFailed.Kind;
import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.exercise.CheckResult.Signature;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Diagnostic;
import dev.shellbook.session.Failure;
import dev.shellbook.session.Origin;
import dev.shellbook.session.SnippetResult;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a failed cell as a {@link CheckResult}: what was expected and what was found, the kind of difference,
 * where, and the failure's signature. It decides what the result says; {@link CheckText} says it.
 */
final class Feedback {
    private static final Pattern MISSING =
            Pattern.compile("until (?:variable |method |class |interface |enum |record )?([A-Za-z_$][\\w$]*)");

    private Feedback() {}

    /** Every check passed. */
    static CheckResult passed(Exercise exercise, Path codeFile, CellResult cell) {
        return new CheckResult(Outcome.PASSED, exercise.id(), cell.snippets().size(), null, null, codeFile, null,
                null, 0, false, cell);
    }

    /** The exercise has no checks: a lesson problem, at its code line. */
    static CheckResult noChecks(Lesson lesson, Exercise exercise, Path codeFile) {
        return new CheckResult(Outcome.NO_CHECKS, exercise.id(), 0, null, new Origin(lesson.file(),
                exercise.codeLine()), codeFile, null, null, 0, false, new CellResult(List.of()));
    }

    /** The learner's own code failed (before any check ran). */
    static CheckResult ofCode(Exercise exercise, Path codeFile, CellResult cell) {
        SnippetResult f = cell.failure().orElseThrow();
        return switch (f.status()) {
            case COMPILE_ERROR, REJECTED -> compile(Outcome.CODE_DOES_NOT_COMPILE, exercise, codeFile, f, cell);
            case EXCEPTION -> thrown(exercise, codeFile, f.failure(), 0, cell);
            default -> interrupted(exercise, codeFile, f, cell);
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
            return result(Outcome.CODE_DOES_NOT_COMPILE, exercise, codeFile, other(f.failure().message()),
                    declaration(mine, f.failure()), null, cell);
        }
        return switch (f.status()) {
            case COMPILE_ERROR, REJECTED -> compile(Outcome.CHECKS_DO_NOT_COMPILE, exercise, codeFile, f, cell);
            case EXCEPTION -> thrown(exercise, codeFile, f.failure(), f.line(), cell);
            default -> interrupted(exercise, codeFile, f, cell);
        };
    }

    /** An exception: the blank's TODO, a failed check, or the learner's code throwing ({@code checkLine} 0). */
    private static CheckResult thrown(Exercise exercise, Path codeFile, Failure e, int checkLine, CellResult cell) {
        String message = e.message() == null ? "" : e.message().strip();
        Origin at = place(e.file(), e.line());
        if (e.simpleName().equals("UnsupportedOperationException") && message.startsWith("TODO")) {
            return result(Outcome.NOT_DONE, exercise, codeFile, null, null, null, cell);
        }
        if (e.simpleName().equals("CheckFailed") || e.simpleName().equals("AssertionError")) {
            Detail d = message.isEmpty() ? other("an assertion failed" + (at == null ? "" : " at " + at)) : CheckFailed.detail(message);
            return result(Outcome.CHECK_FAILED, exercise, codeFile, d, at, Signature.of(checkLine, d), cell);
        }
        Detail d = other(message.isEmpty() ? e.simpleName() : e.simpleName() + ": " + message);
        return result(Outcome.EXCEPTION, exercise, codeFile, d, at, new Signature(checkLine, e.simpleName(), ""), cell);
    }

    private static CheckResult interrupted(Exercise exercise, Path codeFile, SnippetResult f, CellResult cell) {
        return result(Outcome.INTERRUPTED, exercise, codeFile, other(f.message()), null, null, cell);
    }

    /** The first compile error, at its file:line, or the snippet's own message. */
    private static CheckResult compile(Outcome outcome, Exercise exercise, Path codeFile, SnippetResult f,
                                       CellResult cell) {
        return f.diagnostics().stream().filter(Diagnostic::error).findFirst()
                .map(d -> result(outcome, exercise, codeFile, other(d.summary()), place(d.file(), d.line()),
                        null, cell))
                .orElseGet(() -> result(outcome, exercise, codeFile, other(f.message()), null, null, cell));
    }

    private static CheckResult result(Outcome outcome, Exercise exercise, Path codeFile, Detail detail, Origin place,
                                      Signature signature, CellResult cell) {
        return new CheckResult(outcome, exercise.id(), 0, detail, place, codeFile, signature,
                null, 0, false, cell);
    }

    /** {@code file:line}, or {@code null} when the session could not place it. */
    private static Origin place(Path file, int line) {
        return file == null || line < 1 ? null : new Origin(file, line);
    }

    /** A detail in the message's own words, on one line, without a final period. */
    private static Detail other(String message) {
        String line = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return new Detail(Kind.OTHER, line.replaceFirst("\\.$", ""), "", "");
    }

    /**
     * {@code file:line} in the learner's code where the undeclared name of an unresolved-reference message
     * ({@code total cannot be used until variable s is declared}) is first used, or where the declaration starts.
     */
    private static Origin declaration(CellResult mine, Failure e) {
        String message = e.message() == null ? "" : e.message();
        String name = message.split(" ", 2)[0];
        Matcher missing = MISSING.matcher(message);
        return mine.snippets().stream().filter(s -> name.equals(s.name())).reduce((a, b) -> b)
                .map(s -> place(s.file(), missing.find() ? use(s, missing.group(1)) : s.line()))
                .orElse(place(e.file(), e.line()));
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
}
