package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Signature;
import java.util.ArrayList;
import java.util.List;

/**
 * Each listed mistake's signature, as proved by a verify run: one line per caught mistake,
 * {@code <exercise> <mistake> <check line> <kind> <entry or ->}.
 *
 * @param entries the caught mistakes, in lesson order
 */
record MistakeSignatures(List<Entry> entries) {
    /** One caught mistake. */
    record Entry(String exercise, String mistake, Signature signature) {}

    MistakeSignatures {
        entries = List.copyOf(entries);
    }

    /** The signatures of the proofs' caught mistakes. */
    static MistakeSignatures of(List<ExerciseProof> proofs) {
        List<Entry> entries = new ArrayList<>();
        for (ExerciseProof p : proofs) {
            p.trials().stream().filter(ExerciseProof.Trial::caught)
                    .forEach(t -> entries.add(new Entry(p.exercise(), t.mistake(), t.signature())));
        }
        return new MistakeSignatures(entries);
    }

    /** Reads {@link #text()} back; lines that are not five words (comments) are skipped. */
    static MistakeSignatures parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] w = line.strip().split(" ");
            if (w.length == 5 && !line.startsWith("#") && w[2].matches("\\d{1,9}")) {
                entries.add(new Entry(w[0], w[1], new Signature(Integer.parseInt(w[2]), w[3],
                        w[4].equals("-") ? "" : w[4])));
            }
        }
        return new MistakeSignatures(entries);
    }

    /** One line per entry. */
    String text() {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.exercise()).append(' ').append(e.mistake()).append(' ')
                .append(e.signature().checkLine()).append(' ').append(e.signature().kind()).append(' ')
                .append(e.signature().at().isEmpty() ? "-" : e.signature().at()).append('\n'));
        return out.toString();
    }

    /** The names of the exercise's mistakes that fail with {@code signature}. */
    List<String> matching(String exercise, Signature signature) {
        return entries.stream().filter(e -> e.exercise().equals(exercise) && e.signature().equals(signature))
                .map(Entry::mistake).toList();
    }
}
