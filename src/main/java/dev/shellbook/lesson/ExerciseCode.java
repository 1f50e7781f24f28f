package dev.shellbook.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * The views of an exercise's code (file lines {@code from}..{@code to}, 1-based, inclusive, with its
 * {@code //SOLUTION} regions): the learner's blank, the solution as shown, and the code with one mistake in place.
 */
final class ExerciseCode {
    private final List<String> lines;
    private final int from;
    private final int to;
    private final List<Region> regions;

    /**
     * A {@code //SOLUTION} … {@code //END} region: its file lines (inclusive), the {@code //BLANK} lines given
     * for it, and its {@code //MISTAKE}s.
     */
    record Region(int start, int end, List<String> blank, List<Mistake> mistakes) {
        /** The first and last line of the reference solution (after {@code //BLANK}, before any mistake). */
        int[] reference() {
            return new int[] {start + blank.size() + 1, (mistakes.isEmpty() ? end : mistakes.get(0).line()) - 1};
        }

        /** The lines of {@code m}'s code: after its directive, up to the next mistake or {@code //END}. */
        int[] body(Mistake m) {
            int i = mistakes.indexOf(m);
            return new int[] {m.line() + 1, (i + 1 < mistakes.size() ? mistakes.get(i + 1).line() : end) - 1};
        }
    }

    ExerciseCode(List<String> lines, int from, int to, List<Region> regions) {
        this.lines = lines;
        this.from = from;
        this.to = to;
        this.regions = List.copyOf(regions);
    }

    /** Each region replaced by {@code // TODO: <todo>} and its {@code //BLANK} lines, or a throw naming the exercise. */
    String blank(String id, String todo) {
        List<String> out = new ArrayList<>();
        int i = from;
        for (Region r : regions) {
            out.addAll(lines.subList(i - 1, r.start() - 1));
            String indent = indent(lines.get(r.start() - 1));
            out.add(indent + "// TODO: " + (todo.isEmpty() ? "write this part" : todo));
            if (r.blank().isEmpty()) {
                out.add(indent + "throw new UnsupportedOperationException(\"TODO: " + id + "\");");
            } else {
                r.blank().forEach(b -> out.add(indent + b));
            }
            i = r.end() + 1;
        }
        out.addAll(lines.subList(i - 1, to));
        return join(out);
    }

    /** The code with only each region's reference lines kept: what {@code /solution} shows. */
    String solution() {
        List<String> out = new ArrayList<>();
        int i = from;
        for (Region r : regions) {
            out.addAll(lines.subList(i - 1, r.start() - 1));
            int[] ref = r.reference();
            out.addAll(lines.subList(ref[0] - 1, ref[1]));
            i = r.end() + 1;
        }
        out.addAll(lines.subList(i - 1, to));
        return join(out);
    }

    /** The code with {@code m}'s lines uncommented and the rest of its region emptied, line for line. */
    String with(Mistake m) {
        Region region = regions.stream().filter(r -> r.mistakes().contains(m)).findFirst().orElseThrow();
        int[] body = region.body(m);
        List<String> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            boolean inRegion = n >= region.start() && n <= region.end();
            boolean inBody = n >= body[0] && n <= body[1];
            out.add(!inRegion ? lines.get(n - 1) : inBody ? uncomment(lines.get(n - 1)) : "");
        }
        return join(out);
    }

    /** A mistake's code line {@code <indent>// <code>} as {@code <indent><code>}; a blank line stays blank. */
    static String uncomment(String line) {
        int slashes = line.indexOf("//");
        if (slashes < 0) {
            return "";
        }
        int code = slashes + 2 + (line.startsWith(" ", slashes + 2) ? 1 : 0);
        return line.substring(code).isBlank() ? "" : line.substring(0, slashes) + line.substring(code);
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String join(List<String> out) {
        return String.join("\n", out);
    }
}
