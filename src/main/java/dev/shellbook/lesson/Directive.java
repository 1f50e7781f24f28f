package dev.shellbook.lesson;

import java.util.Arrays;
import java.util.Comparator;
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
    enum Keyword { LESSON, STEP, EXERCISE, TODO, HINT, USES, SOLUTION, BLANK, MISTAKE, END, CHECK }

    private static final Pattern LINE = Pattern.compile("^\\s*//([A-Z]+)(?:\\s+(.*))?\\s*$");
    private static final Pattern WORD = Pattern.compile("^\\s*//([A-Z]{3,})(?=[\\s:]|$).*");

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

    /**
     * The keyword a line that is not a directive was probably meant to be ({@code //STPE} → {@code STEP}): an
     * upper-case word of three letters or more right after {@code //}, one typo from a short keyword or two from
     * a long one. Other upper-case comments ({@code //P = softmax(XW + b)}) are left alone.
     */
    static Optional<Keyword> misspelled(String line) {
        Matcher m = WORD.matcher(line);
        if (!m.matches() || of(line).isPresent()) {
            return Optional.empty();
        }
        String word = m.group(1);
        return Arrays.stream(Keyword.values())
                .filter(k -> EditDistance.between(word, k.name()) <= (k.name().length() <= 4 ? 1 : 2))
                .min(Comparator.comparingInt(k -> EditDistance.between(word, k.name())));
    }
}
