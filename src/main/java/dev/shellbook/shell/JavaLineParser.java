package dev.shellbook.shell;

import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a line: Enter on incomplete Java asks for another line; the word completed by Tab is the Java
 * identifier (or {@code /command}) before the cursor.
 */
final class JavaLineParser implements Parser {
    private final Predicate<String> complete;

    JavaLineParser(Predicate<String> complete) {
        this.complete = complete;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.strip().startsWith("/")
                && !complete.test(line)) {
            throw new EOFError(-1, -1, "incomplete Java", "");
        }
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && line.charAt(start - 1) == '/' && line.substring(0, start - 1).isBlank()) {
            start--;
        }
        return new Word(line, cursor, line.substring(start, cursor));
    }

    /** The line with the word under completion. */
    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
