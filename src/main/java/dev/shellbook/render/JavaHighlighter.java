package dev.shellbook.render;

import java.util.Set;

/**
 * Escapes Java source for HTML and marks comments ({@code c}), string and char literals ({@code s}) and keywords
 * ({@code k}) with spans, so code reads well on screen and in print without any script.
 */
final class JavaHighlighter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "new", "package", "private", "protected", "public", "record", "return", "short", "static",
            "super", "switch", "this", "throw", "throws", "try", "var", "void", "while", "true", "false", "null");

    private JavaHighlighter() {}

    /** {@code code} as escaped HTML with highlight spans. */
    static String toHtml(String code) {
        StringBuilder out = new StringBuilder(code.length() * 2);
        int i = 0;
        while (i < code.length()) {
            int end = tokenEnd(code, i);
            String token = code.substring(i, end);
            String kind = kind(code, i, token);
            out.append(kind == null ? Html.escape(token)
                    : "<span class=\"" + kind + "\">" + Html.escape(token) + "</span>");
            i = end;
        }
        return out.toString();
    }

    private static String kind(String code, int i, String token) {
        if (code.startsWith("//", i) || code.startsWith("/*", i)) {
            return "c";
        }
        char c = code.charAt(i);
        if (c == '"' || c == '\'') {
            return "s";
        }
        return KEYWORDS.contains(token) ? "k" : null;
    }

    /** End of the token starting at {@code i}: a comment, a literal, a word, or one other character. */
    private static int tokenEnd(String code, int i) {
        char c = code.charAt(i);
        if (code.startsWith("//", i)) {
            int nl = code.indexOf('\n', i);
            return nl < 0 ? code.length() : nl;
        }
        if (code.startsWith("/*", i)) {
            int close = code.indexOf("*/", i + 2);
            return close < 0 ? code.length() : close + 2;
        }
        if (code.startsWith("\"\"\"", i)) {
            int close = code.indexOf("\"\"\"", i + 3);
            return close < 0 ? code.length() : close + 3;
        }
        if (c == '"' || c == '\'') {
            return literalEnd(code, i, c);
        }
        if (Character.isJavaIdentifierStart(c)) {
            int j = i + 1;
            while (j < code.length() && Character.isJavaIdentifierPart(code.charAt(j))) {
                j++;
            }
            return j;
        }
        return i + 1;
    }

    private static int literalEnd(String code, int i, char quote) {
        int j = i + 1;
        while (j < code.length() && code.charAt(j) != quote && code.charAt(j) != '\n') {
            j += code.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, code.length());
    }
}
