package dev.shellbook.lesson;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment directive line such as {@code //STEP Load the data}.
 *
 * @param keyword the directive's keyword
 * @param text    what follows the keyword, trimmed
 */
record Directive(Keyword keyword, String text) {
    /** The keywords a lesson file understands; other upper-case comments are plain comments. */
    enum Keyword { LESSON, STEP, EXERCISE, TODO, HINT, SOLUTION, BLANK, END, CHECK }

    private static final Pattern LINE = Pattern.compile("^\\s*//([A-Z]+)(?:\\s+(.*))?\\s*$");

    /** The directive on this line, if it is one. */
    static Optional<Directive> of(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Keyword k : Keyword.values()) {
            if (k.name().equals(m.group(1))) {
                return Optional.of(new Directive(k, m.group(2) == null ? "" : m.group(2).strip()));
            }
        }
        return Optional.empty();
    }
}
