package dev.shellbook.lesson;

import java.util.ArrayList;
import java.util.List;

/** Makes an exercise's blank: the code with each solution region replaced by a TODO line and code that fails. */
final class Blanks {
    private Blanks() {}

    /**
     * The lines {@code from}..{@code to} (1-based, inclusive) of {@code lines}, each region in {@code solutions}
     * replaced by {@code // TODO: <todo>} and its {@code //BLANK} lines, or by a {@code throw} naming the exercise.
     */
    static String blankCode(List<String> lines, int from, int to, List<StepBuilder.Region> solutions,
                            String id, String todo) {
        if (from == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        int i = from;
        for (StepBuilder.Region r : solutions) {
            out.addAll(lines.subList(i - 1, r.start() - 1));
            out.addAll(blank(indent(lines.get(r.start() - 1)), r, id, todo));
            i = r.end() + 1;
        }
        out.addAll(lines.subList(i - 1, to));
        return String.join("\n", out);
    }

    private static List<String> blank(String indent, StepBuilder.Region r, String id, String todo) {
        List<String> out = new ArrayList<>();
        out.add(indent + "// TODO: " + (todo.isEmpty() ? "write this part" : todo));
        if (r.blank().isEmpty()) {
            out.add(indent + "throw new UnsupportedOperationException(\"TODO: " + id + "\");");
        } else {
            r.blank().forEach(b -> out.add(indent + b));
        }
        return out;
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
