package dev.shellbook.lesson;

/**
 * A {@code //USES <lesson-id>:<exercise-id>} line: before the step's code runs, that exercise of an earlier lesson
 * is defined in the session (the learner's solved copy, else the reference solution).
 *
 * @param lessonId   the lesson's id ({@code 02-softmax})
 * @param exerciseId the exercise's id in that lesson ({@code softmax})
 * @param line       1-based file line of the {@code //USES} directive
 */
public record Use(String lessonId, String exerciseId, int line) {
    @Override
    public String toString() {
        return lessonId + ":" + exerciseId;
    }
}
