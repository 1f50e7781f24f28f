package dev.shellbook.render;

import dev.shellbook.session.Diagnostic;
import dev.shellbook.session.Failure;
import dev.shellbook.session.SnippetResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A failed snippet as an error block: where it failed, one line saying what happened, and the details. */
final class Failures {
    private Failures() {}

    /** The error block for {@code snippet}, which did not run OK. */
    static Block.Error error(SnippetResult snippet) {
        return new Block.Error(where(snippet), message(snippet), details(snippet));
    }

    private static String where(SnippetResult s) {
        Failure f = s.failure();
        if (f != null && f.file() != null && f.line() > 0) {
            return f.file() + ":" + f.line();
        }
        return s.diagnostics().stream().filter(Diagnostic::error).findFirst()
                .map(d -> d.file() + ":" + d.line()).orElse(s.file() + ":" + s.line());
    }

    /** The session's one-line message without a leading {@code file:line[:column]: [error: ]} (shown apart). */
    private static String message(SnippetResult s) {
        String text = s.message().isBlank() ? s.status().toString() : s.message().strip();
        return text.replaceFirst("^" + Pattern.quote(where(s)) + "(:\\d+)?: (error: )?", "");
    }

    private static String details(SnippetResult s) {
        if (!s.diagnostics().isEmpty()) {
            return s.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        }
        Failure f = s.failure();
        return f == null || f.stack().size() < 2 ? "" : f.stackText();
    }
}
