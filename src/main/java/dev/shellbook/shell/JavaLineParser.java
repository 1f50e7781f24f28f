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

    /**
     * A guess at "finished Java" that needs no session (it is busy starting): every bracket opened is closed,
     * outside strings, characters and comments. JShell's own verdict is used whenever the session is free.
     */
    static boolean balanced(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(code, i, c);
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 1;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            }
        }
        return depth <= 0;
    }

    /** The index of the quote that closes the one at {@code start} (or the end of the text). */
    private static int skipQuoted(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
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
