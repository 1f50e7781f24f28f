package dev.shellbook.lesson;

import java.nio.file.Path;

/**
 * A malformed lesson file. The message reads {@code lessons/x.jsh:12: what is wrong. What to do.}
 */
public class LessonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public LessonFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The lesson file. */
    public Path file() {
        return file;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }
}
