package dev.shellbook.exercise;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code verify} found in one lesson.
 *
 * @param lessonId    the lesson's id (the file name when the file could not be parsed)
 * @param file        the lesson file
 * @param exercises   how many exercises the lesson has
 * @param exercisesOk how many passed every test: structure, blank fails, reference passes
 * @param time        how long the lesson took, session start included
 * @param problems    what is wrong, in file order
 * @param proofs      per exercise, what its listed mistakes gave
 */
public record LessonReport(String lessonId, Path file, int exercises, int exercisesOk, Duration time,
                           List<Problem> problems, List<ExerciseProof> proofs) {
    public LessonReport {
        problems = List.copyOf(problems);
        proofs = List.copyOf(proofs);
    }

    /** How many mistakes the lesson's exercises list. */
    public int mistakes() {
        return proofs.stream().mapToInt(ExerciseProof::mistakes).sum();
    }

    /** How many of them a check caught. */
    public int caught() {
        return proofs.stream().mapToInt(ExerciseProof::caught).sum();
    }

    /** {@code true} when the lesson has no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
