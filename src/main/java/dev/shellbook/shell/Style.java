package dev.shellbook.shell;

import java.util.regex.Pattern;

/**
 * Terminal colours and emphasis, or plain text when colour is off ({@code NO_COLOR}, a dumb terminal, a pipe).
 *
 * <p>Each method wraps one piece of text and resets after it, so styled words can be wrapped and indented freely.
 */
public final class Style {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private final boolean color;

    private Style(boolean color) {
        this.color = color;
    }

    /** Colour on. */
    public static Style color() {
        return new Style(true);
    }

    /** Plain text: no escape codes at all. */
    public static Style plain() {
        return new Style(false);
    }

    /** Colour unless {@code NO_COLOR} is set (any value) or the terminal is dumb or absent. */
    public static Style forTerminal(String terminalType, boolean interactive) {
        boolean noColor = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        boolean dumb = terminalType == null || terminalType.isEmpty() || terminalType.startsWith("dumb");
        return new Style(interactive && !noColor && !dumb);
    }

    /** {@code true} when escape codes are written. */
    public boolean colored() {
        return color;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String italic(String s) {
        return wrap("3", s);
    }

    /** Inline code in prose: cyan, or {@code `backticks`} when plain. */
    public String code(String s) {
        return color ? wrap("36", s) : "`" + s + "`";
    }

    /** A lesson's code listing. */
    public String listing(String s) {
        return wrap("2;36", s);
    }

    public String heading(String s) {
        return wrap("1;34", s);
    }

    public String good(String s) {
        return wrap("32", s);
    }

    public String bad(String s) {
        return wrap("31", s);
    }

    public String warn(String s) {
        return wrap("33", s);
    }

    /** Length as seen on screen: escape codes do not count. */
    public static int visibleLength(String s) {
        return ANSI.matcher(s).replaceAll("").length();
    }

    /** The text without escape codes. */
    public static String strip(String s) {
        return ANSI.matcher(s).replaceAll("");
    }

    private String wrap(String code, String s) {
        return color && !s.isEmpty() ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }
}
