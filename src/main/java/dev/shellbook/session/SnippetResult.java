package dev.shellbook.session;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one snippet of a cell.
 *
 * @param source the snippet's code as written
 * @param file the file the snippet comes from
 * @param line 1-based line of its first non-blank line in that file
 * @param status how it ended
 * @param value display string of its value (expressions and variables), or {@code null}
 * @param name the declared name ({@code X}, {@code f}, {@code $3}), or {@code null}
 * @param output everything it printed (stdout and stderr, in order)
 * @param diagnostics compile errors and warnings, mapped to the file
 * @param failure the exception when {@code status} is EXCEPTION, otherwise {@code null}
 * @param message one-line human summary ({@code ""} when OK)
 */
public record SnippetResult(String source, Path file, int line, Status status, String value, String name,
                            String output, List<Diagnostic> diagnostics, Failure failure, String message) {

    /** How a snippet ended. */
    public enum Status {
        /** Compiled and ran (declarations are in place). */
        OK,
        /** javac rejected it; see {@link #diagnostics()}. */
        COMPILE_ERROR,
        /** It threw; see {@link #failure()}. */
        EXCEPTION,
        /** Ctrl-C stopped it (or it never started because of Ctrl-C). */
        STOPPED,
        /** The execution JVM died while it ran; a new one was started and earlier cells replayed. */
        SESSION_RESTARTED,
        /** JShell refused it for another reason (e.g. unfinished code). */
        REJECTED
    }

    public SnippetResult {
        diagnostics = List.copyOf(diagnostics);
        output = output == null ? "" : output;
        message = message == null ? "" : message;
    }

    /** {@code true} when the snippet compiled and ran. */
    public boolean ok() {
        return status == Status.OK;
    }

    /**
     * {@code true} for an expression ({@code $3}, or a variable's bare name) rather than a declaration
     * ({@code int n = 5;}): a notebook shows only an expression's value.
     */
    public boolean isExpression() {
        return name == null || name.startsWith("$") || source.strip().replaceFirst(";$", "").strip().equals(name);
    }

    /** A copy with another status and message (used when the session restarts under a snippet). */
    SnippetResult withStatus(Status newStatus, String newMessage) {
        return new SnippetResult(source, file, line, newStatus, null, name, output, diagnostics, failure,
                newMessage);
    }

    /** A copy with another message. */
    SnippetResult withMessage(String newMessage) {
        return new SnippetResult(source, file, line, status, value, name, output, diagnostics, failure,
                newMessage);
    }

    /** A result for a snippet that did not get to run. */
    static SnippetResult notRun(String source, Path file, int line, Status status, String message) {
        return new SnippetResult(source, file, line, status, null, null, "", List.of(), null, message);
    }
}
