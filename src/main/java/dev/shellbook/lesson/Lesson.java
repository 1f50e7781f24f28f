package dev.shellbook.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed lesson file.
 *
 * @param file  the {@code .jsh} file
 * @param id    the file name without {@code .jsh} ({@code 03-softmax-regression})
 * @param title the {@code //LESSON} title
 * @param intro Markdown introduction (the comment block after {@code //LESSON})
 * @param steps the steps in order, numbered from 1
 */
public record Lesson(Path file, String id, String title, String intro, List<Step> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    /** The step with this 1-based number. */
    public Step step(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IllegalArgumentException("step " + number + " does not exist: " + id + " has steps 1-"
                    + steps.size());
        }
        return steps.get(number - 1);
    }

    /** The exercises, in order. */
    public List<Exercise> exercises() {
        return steps.stream().filter(Step::isExercise).map(Step::exercise).toList();
    }

    /** The step holding the exercise with this id. */
    public Optional<Step> exerciseStep(String exerciseId) {
        return steps.stream().filter(s -> s.isExercise() && s.exercise().id().equals(exerciseId)).findFirst();
    }

    /** The lesson's number: the digits its id starts with, or 0. */
    public int number() {
        String digits = id.replaceFirst("^(\\d+).*", "$1");
        return digits.equals(id) && !id.matches("\\d+") ? 0 : Integer.parseInt(digits);
    }
}
