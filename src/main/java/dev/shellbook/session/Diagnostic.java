package dev.shellbook.session;

import java.nio.file.Path;

/**
 * A compile message mapped back to the lesson: file, 1-based line and column, and javac's text.
 *
 * @param file the origin file of the cell
 * @param line 1-based line in that file
 * @param column 1-based column in that line
 * @param message javac's message (may span lines: "cannot find symbol\n  symbol: variable x")
 * @param error {@code true} for errors, {@code false} for warnings
 */
public record Diagnostic(Path file, int line, int column, String message, boolean error) {

    /** javac's message on one line: "cannot find symbol (symbol: variable x)". */
    public String summary() {
        String[] lines = message.strip().split("\\R");
        StringBuilder text = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String detail = lines[i].strip();
            if (detail.startsWith("symbol:")) {
                text.append(" (").append(detail.replaceAll("\\s+", " ")).append(")");
            }
        }
        return text.toString();
    }

    /** {@code file:line:column: error: summary}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (error ? "error: " : "warning: ") + summary();
    }
}
