package dev.shellbook.lesson;

/** Prose lines: comment lines whose {@code // } prefix is stripped to give Markdown. */
final class Prose {
    private Prose() {}

    /** {@code true} for a line that belongs to a prose block: a comment line or a blank line. */
    static boolean isProse(String line) {
        return line.isBlank() || line.strip().startsWith("//");
    }

    /** The Markdown text of a prose line: {@code // } or {@code //} removed. */
    static String strip(String line) {
        String s = line.strip();
        if (s.startsWith("// ")) {
            return line.substring(line.indexOf("// ") + 3);
        }
        return s.startsWith("//") ? s.substring(2) : "";
    }
}
