package dev.shellbook.session;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a cell's first line comes from: a lesson file, a learner's work file, or {@code <input>} line 1.
 *
 * @param file the file shown in messages (kept as given, usually relative)
 * @param line 1-based line of the cell's first line in that file
 */
public record Origin(Path file, int line) {

    /** Origin of code typed at the prompt. */
    public static final Origin INPUT = new Origin(Path.of("<input>"), 1);

    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("Origin line must be 1 or more, found " + line);
        }
    }

    /** Convenience: {@code Origin.of("lessons/03.jsh", 42)}. */
    public static Origin of(String file, int line) {
        return new Origin(Path.of(file), line);
    }

    /** The origin {@code delta} lines further down the same file. */
    public Origin plusLines(int delta) {
        return new Origin(file, line + delta);
    }

    /** {@code file:line}, the form used in every message. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
