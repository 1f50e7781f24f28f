package dev.shellbook.lesson;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A light reading of Java code, without a compiler: whether it has anything but comments, and whether it ends in
 * the middle of a snippet (an unclosed bracket, string, text block or comment). Splitting code into snippets is
 * the session's job when it runs the code; this only lets the parser report unfinished code at its file:line.
 */
final class CodeScan {
    private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

    private final String code;
    private final Deque<Character> open = new ArrayDeque<>();
    private State state = State.CODE;
    private int line = 1;
    private int snippetLine;
    private boolean snippetDone = true;
    private boolean tokens;

    private CodeScan(String code) {
        this.code = code;
        for (int i = 0; i < code.length(); i++) {
            i = step(i);
        }
    }

    /** {@code true} when {@code code} has a token outside comments. */
    static boolean hasTokens(String code) {
        return new CodeScan(code).tokens;
    }

    /**
     * The 1-based line (counted within {@code code}) where the snippet starts that {@code code} leaves
     * unfinished, or 0 when every bracket, string and comment is closed.
     */
    static int unfinishedAt(String code) {
        CodeScan s = new CodeScan(code);
        boolean unclosed = s.state == State.BLOCK_COMMENT || s.state == State.TEXT_BLOCK || !s.open.isEmpty();
        return unclosed ? Math.max(1, s.snippetLine) : 0;
    }

    /** Reads the character at {@code i}; returns the index of the last character it used. */
    private int step(int i) {
        char c = code.charAt(i);
        if (c == '\n') {
            line++;
            state = state == State.LINE_COMMENT || state == State.STRING || state == State.CHAR ? State.CODE : state;
            return i;
        }
        return switch (state) {
            case LINE_COMMENT -> i;
            case BLOCK_COMMENT -> closes(i, "*/", State.CODE);
            case TEXT_BLOCK -> c == '\\' ? escape(i) : closes(i, "\"\"\"", State.CODE);
            case STRING -> c == '\\' ? escape(i) : c == '"' ? to(State.CODE, i) : i;
            case CHAR -> c == '\\' ? escape(i) : c == '\'' ? to(State.CODE, i) : i;
            case CODE -> code(c, i);
        };
    }

    private int code(char c, int i) {
        if (code.startsWith("//", i)) {
            return to(State.LINE_COMMENT, i + 1);
        }
        if (code.startsWith("/*", i)) {
            snippetLine = snippetDone ? line : snippetLine;
            return to(State.BLOCK_COMMENT, i + 1);
        }
        if (Character.isWhitespace(c)) {
            return i;
        }
        token();
        if (code.startsWith("\"\"\"", i)) {
            return to(State.TEXT_BLOCK, i + 2);
        }
        switch (c) {
            case '"' -> state = State.STRING;
            case '\'' -> state = State.CHAR;
            case '(', '[', '{' -> open.push(c);
            case ')', ']' -> close();
            case '}' -> snippetDone = close();
            case ';' -> snippetDone = open.isEmpty();
            default -> { }
        }
        return i;
    }

    private void token() {
        tokens = true;
        if (snippetDone) {
            snippetLine = line;
            snippetDone = false;
        }
    }

    /** Closes the innermost bracket; {@code true} when none is left open. */
    private boolean close() {
        if (!open.isEmpty()) {
            open.pop();
        }
        return open.isEmpty();
    }

    /** Skips the character a backslash escapes, unless it is a line break (a text block's line continuation). */
    private int escape(int i) {
        return i + 1 < code.length() && code.charAt(i + 1) != '\n' ? i + 1 : i;
    }

    private int closes(int i, String end, State next) {
        return code.startsWith(end, i) ? to(next, i + end.length() - 1) : i;
    }

    private int to(State next, int last) {
        state = next;
        return last;
    }
}
