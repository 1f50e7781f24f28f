package dev.shellbook.exercise;

/**
 * Where the learner was in the course: a lesson and a 1-based step, so the shell can continue there.
 *
 * @param lessonId the lesson's id ({@code 03-softmax-regression})
 * @param step     1-based step number
 */
public record Position(String lessonId, int step) {
    public Position {
        if (lessonId == null || lessonId.isBlank() || step < 1) {
            throw new IllegalArgumentException("position needs a lesson id and a step of 1 or more, found '"
                    + lessonId + "' step " + step);
        }
    }
}
