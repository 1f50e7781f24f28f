package dev.shellbook.lesson;

import java.util.List;

/**
 * An exercise step's parts: what to do, hints, the code with and without its reference solution, its typical
 * mistakes, and checks.
 *
 * @param id            short name, unique in the lesson ({@code softmax})
 * @param title         one line shown to the learner
 * @param todo          what the learner must do; empty when the lesson gives no {@code //TODO}
 * @param hints         hints from gentle to specific
 * @param referenceCode the code exactly as in the lesson file, solution included (starts at {@code codeLine})
 * @param blankCode     the learner's starting copy: each solution region replaced by a TODO line and a blank
 * @param solutionCode  the reference solution as shown to the learner: no directive lines, no mistakes
 * @param solutions     how many {@code //SOLUTION} regions the code has
 * @param codeLine      1-based file line of the code's first line
 * @param checkCode     the check code run after the learner's code; empty when there is none
 * @param checkLine     1-based file line of the check code's first line (0 when there is none)
 * @param mistakes      the {@code //MISTAKE}s, in file order
 * @param mistakeCodes  for each of {@code mistakes}, {@link #codeWith} its code (use that method)
 */
public record Exercise(String id, String title, String todo, List<String> hints, String referenceCode,
                       String blankCode, String solutionCode, int solutions, int codeLine, String checkCode,
                       int checkLine, List<Mistake> mistakes, List<String> mistakeCodes) {
    public Exercise {
        hints = List.copyOf(hints);
        mistakes = List.copyOf(mistakes);
        mistakeCodes = List.copyOf(mistakeCodes);
        if (mistakes.size() != mistakeCodes.size()) {
            throw new IllegalArgumentException("one code per mistake: " + mistakes.size() + " mistakes, "
                    + mistakeCodes.size() + " codes");
        }
    }

    /** {@code true} when the exercise has check code. */
    public boolean hasChecks() {
        return CodeScan.hasTokens(checkCode);
    }

    /**
     * The exercise's code with {@code mistake} in place of the reference of its region, line for line: the
     * region's other lines are empty and the mistake's code stands at its own lines, so its first line is
     * {@link #codeLine} and every file:line in it is its line in the lesson file.
     */
    public String codeWith(Mistake mistake) {
        int i = mistakes.indexOf(mistake);
        if (i < 0) {
            throw new IllegalArgumentException("'" + mistake.name() + "' is not a mistake of exercise " + id);
        }
        return mistakeCodes.get(i);
    }
}
