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
 */
public record LessonReport(String lessonId, Path file, int exercises, int exercisesOk, Duration time,
                           List<Problem> problems) {
    public LessonReport {
        problems = List.copyOf(problems);
    }

    /** {@code true} when the lesson has no problems. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
