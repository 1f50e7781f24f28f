package dev.shellbook.session;

import java.nio.file.Path;
import java.util.List;

/**
 * A runtime exception thrown by a snippet, as the learner should see it.
 *
 * @param simpleName exception class simple name, e.g. {@code IllegalArgumentException}
 * @param className exception class full name
 * @param message the exception's message (may be {@code null})
 * @param file lesson file the exception came from (the innermost frame in lesson code)
 * @param line line in that file
 * @param stack a short excerpt: the library frame(s) that threw, then the lesson frames, one per entry
 */
public record Failure(String simpleName, String className, String message, Path file, int line,
                      List<String> stack) {

    public Failure {
        stack = List.copyOf(stack);
    }

    /**
     * {@code SimpleName: message}, one line. A message's text from a unit separator ({@code U+001F}) on is data
     * for the program (an exercise check's fields), not for the reader, and is left out.
     */
    public String what() {
        String shown = message == null ? "" : message.split("\u001F", 2)[0];
        return shown.isBlank() ? simpleName : simpleName + ": " + shown.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code file:line: SimpleName: message}, one line. */
    public String summary() {
        return file + ":" + line + ": " + what();
    }

    /** The excerpt as an indented block, for a {@code /trace}-like command. */
    public String stackText() {
        StringBuilder text = new StringBuilder();
        for (String frame : stack) {
            text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }
}
