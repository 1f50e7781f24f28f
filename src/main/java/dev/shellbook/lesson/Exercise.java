package dev.shellbook.lesson;

import java.util.List;

/**
 * An exercise step's parts: what to do, hints, the code with and without its reference solution, and checks.
 *
 * @param id            short name, unique in the lesson ({@code softmax})
 * @param title         one line shown to the learner
 * @param todo          what the learner must do; empty when the lesson gives no {@code //TODO}
 * @param hints         hints from gentle to specific
 * @param referenceCode the code exactly as in the lesson file, solution included (starts at {@code codeLine})
 * @param blankCode     the learner's starting copy: each solution region replaced by a TODO line and a blank
 * @param solutions     how many {@code //SOLUTION} regions the code has
 * @param codeLine      1-based file line of the code's first line
 * @param checkCode     the check code run after the learner's code; empty when there is none
 * @param checkLine     1-based file line of the check code's first line (0 when there is none)
 * @param checks        the check code split into snippets
 * @param mistakes      the listed mistakes, in file order
 * @param codeLines     the code's file lines, from {@code codeLine}
 * @param regionLines   each solution region's first and last file line
 */
public record Exercise(String id, String title, String todo, List<String> hints, String referenceCode,
                       String blankCode, int solutions, int codeLine, String checkCode, int checkLine,
                       List<Snippet> checks, List<Mistake> mistakes, List<String> codeLines,
                       List<int[]> regionLines) {
    public Exercise {
        hints = List.copyOf(hints);
        checks = List.copyOf(checks);
    }

    /**
     * The code with {@code m} in place of the reference of its region, line for line: the regions' lines become
     * empty and the mistake's comment lines ({@code <indent>// <code>}) its code, so its file:line is the lesson's.
     */
    public String codeWith(Mistake m) {
        List<String> out = new java.util.ArrayList<>(codeLines);
        for (int[] r : regionLines) {
            for (int i = r[0]; i <= r[1]; i++) {
                out.set(i - codeLine, "");
            }
        }
        int i = m.line() + 1;
        while (i - codeLine < codeLines.size()) {
            String l = codeLines.get(i - codeLine);
            String t = l.strip();
            if (t.startsWith("//MISTAKE") || t.startsWith("//END")) {
                break;
            }
            int at = l.indexOf("//");
            out.set(i - codeLine, l.substring(0, at) + l.substring(at + 2).replaceFirst("^ ", ""));
            i++;
        }
        return String.join("\n", out);
    }

    /** {@code true} when the exercise has check code. */
    public boolean hasChecks() {
        return !checks.isEmpty();
    }
}
