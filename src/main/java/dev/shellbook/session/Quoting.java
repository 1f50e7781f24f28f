package dev.shellbook.session;

/** jshell-style quoting of string and char values: {@code "a\"b\n"}, {@code 'x'}; runs in the execution JVM. */
final class Quoting {

    private Quoting() {
    }

    /** {@code text} quoted and escaped, cut after {@code max} characters with a note of the full length. */
    static String string(String text, int max) {
        boolean cut = text.length() > max;
        String shown = cut ? text.substring(0, max) : text;
        StringBuilder quoted = new StringBuilder("\"");
        shown.codePoints().forEach(cp -> quoted.append(cp == '"' ? "\\\"" : escape(cp)));
        quoted.append('"');
        return cut ? quoted + " … (" + text.length() + " chars in all)" : quoted.toString();
    }

    /** {@code c} quoted and escaped as a char literal. */
    static String character(char c) {
        return "'" + (c == '\'' ? "\\'" : escape(c)) + "'";
    }

    private static String escape(int cp) {
        return switch (cp) {
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case '\\' -> "\\\\";
            default -> cp < 256 && Character.isISOControl(cp)
                    ? String.format("\\%03o", cp)
                    : new String(Character.toChars(cp));
        };
    }
}
