package dev.shellbook.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * One snippet of a cell, with where it sits in the cell's file.
 *
 * @param source the snippet's code, from the end of the previous snippet (leading comments included)
 * @param file the cell's file
 * @param firstLine line of {@code source}'s first character; JShell's diagnostic positions count from here
 * @param line line of its first token (after blanks and comments): shown to the learner, and where JShell's
 *     stack frame line numbers count from
 */
record Piece(String source, Path file, int firstLine, int line) {

    /** Splits a cell into snippets the way jshell does (a statement, declaration or expression each). */
    static List<Piece> split(SourceCodeAnalysis analysis, String code, Origin origin) {
        List<Piece> pieces = new ArrayList<>();
        int offset = 0;
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            int consumed = info.completeness().isComplete() ? rest.length() - info.remaining().length() : 0;
            consumed = consumed <= 0 ? rest.length() : consumed;
            String source = consumed == rest.length() && !info.completeness().isComplete() ? rest : info.source();
            pieces.add(at(source, origin, lines(code, offset)));
            offset += consumed;
            rest = rest.substring(consumed);
        }
        return pieces;
    }

    /** {@code true} when the input is finished (a prompt may run it), {@code false} when more lines must come. */
    static boolean complete(SourceCodeAnalysis analysis, String input) {
        String rest = input;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                return false;
            }
            if (c == Completeness.EMPTY || info.remaining().length() >= rest.length()) {
                return true;
            }
            rest = info.remaining();
        }
        return true;
    }

    /** Where {@code position} is in {@code source}: {@code {line breaks before it, 1-based column}}. */
    static int[] lineAndColumn(String source, long position) {
        int pos = (int) Math.max(0, Math.min(position, source.length()));
        int line = lines(source, pos);
        int lineStart = source.lastIndexOf('\n', pos - 1) + 1;
        return new int[] {line, pos - lineStart + 1};
    }

    private static Piece at(String source, Origin origin, int linesBefore) {
        int firstLine = origin.line() + linesBefore;
        return new Piece(source, origin.file(), firstLine, firstLine + lines(source, firstToken(source)));
    }

    /** Index of the first character that is neither blank nor inside a comment. */
    static int firstToken(String source) {
        int i = 0;
        while (i < source.length()) {
            if (Character.isWhitespace(source.charAt(i))) {
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Number of line breaks before {@code end}. */
    private static int lines(String text, int end) {
        int count = 0;
        for (int i = 0; i < end && i < text.length(); i++) {
            count += text.charAt(i) == '\n' ? 1 : 0;
        }
        return count;
    }
}
