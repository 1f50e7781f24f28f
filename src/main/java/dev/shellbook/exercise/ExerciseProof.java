package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Signature;
import java.util.List;

/**
 * What {@code verify} proved about one exercise's listed mistakes.
 *
 * @param exercise the exercise's id
 * @param trials   one per listed mistake, in the lesson's order
 */
public record ExerciseProof(String exercise, List<Trial> trials) {
    public ExerciseProof {
        trials = List.copyOf(trials);
    }

    /**
     * One mistake's run.
     *
     * @param mistake   the mistake's name
     * @param line      its {@code //MISTAKE} line
     * @param signature the first check it fails and how, or {@code null} when it passed every check
     * @param gist      what that check said ({@code the sum of row 1 is 0.5, expected 1 (±1e-9)})
     */
    public record Trial(String mistake, int line, Signature signature, String gist) {
        /** {@code true} when a check failed on it. */
        public boolean caught() {
            return signature != null;
        }
    }

    /** How many mistakes the exercise lists. */
    public int mistakes() {
        return trials.size();
    }

    /** How many a check caught. */
    public int caught() {
        return (int) trials.stream().filter(Trial::caught).count();
    }
}
