package dev.shellbook.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Splits code into JShell snippets with {@link SourceCodeAnalysis#analyzeCompletion}, as the {@code jshell} tool
 * does when it opens a file: one {@code eval} runs exactly one snippet.
 *
 * <p>The analysis needs a {@link JShell}; a local one is made on first use and shared (it never runs code).
 */
public final class SnippetSplitter {
    private static SourceCodeAnalysis analysis;

    private SnippetSplitter() {}

    /**
     * Splits {@code code}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @throws LessonFormatException when the code ends in the middle of a snippet
     */
    public static List<Snippet> split(String code, Path file, int firstLine) {
        List<Snippet> snippets = new ArrayList<>();
        String rest = code;
        int consumed = 0;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis().analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            int line = firstLine + newlines(code, consumed + codeStart(rest));
            if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE) {
                throw new LessonFormatException(file, line, "this code ends in the middle of a snippet. "
                        + "Look for a missing '}', ')' or ';' from here on.");
            }
            String source = info.source() != null ? info.source() : rest;
            snippets.add(new Snippet(source.strip(), line));
            int used = rest.length() - info.remaining().length();
            consumed += used == 0 ? rest.length() : used;
            rest = used == 0 ? "" : info.remaining();
        }
        return snippets;
    }

    /** Offset of the first character in {@code s} that is neither white space nor inside a comment. */
    static int codeStart(String s) {
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int newlines(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < Math.min(upTo, s.length()); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static synchronized SourceCodeAnalysis analysis() {
        if (analysis == null) {
            JShell shell = JShell.builder().executionEngine("local").build();
            analysis = shell.sourceCodeAnalysis();
        }
        return analysis;
    }
}
