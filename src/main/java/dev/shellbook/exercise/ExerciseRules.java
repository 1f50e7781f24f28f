package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import java.util.ArrayList;
import java.util.List;

/** What every exercise must have, like rustlings' {@code dev check}: a TODO, a hint, a solution and checks. */
final class ExerciseRules {
    private ExerciseRules() {}

    /** The exercise's missing parts, each a problem at the exercise's {@code //EXERCISE} line. */
    static List<Problem> check(Lesson lesson, Step step) {
        Exercise e = step.exercise();
        List<Problem> problems = new ArrayList<>();
        if (e.todo().isBlank()) {
            problems.add(at(lesson, step, "has no //TODO. Add '//TODO <what the learner must do>' after its prose."));
        }
        if (e.hints().isEmpty()) {
            problems.add(at(lesson, step, "has no //HINT. Add at least one '//HINT <text>', the gentlest first."));
        }
        if (e.solutions() == 0) {
            problems.add(at(lesson, step, "has no //SOLUTION … //END region. Mark the reference solution so the"
                    + " learner gets a blank in its place."));
        }
        if (!e.hasChecks()) {
            problems.add(at(lesson, step, "has no //CHECK code. Add '//CHECK' and checks that fail on the blank"
                    + " and pass on the solution."));
        }
        return problems;
    }

    /** {@code true} when the exercise can be run as blank and reference against its checks. */
    static boolean runnable(Exercise e) {
        return e.solutions() > 0 && e.hasChecks();
    }

    private static Problem at(Lesson lesson, Step step, String message) {
        return new Problem(lesson.file(), step.line(), step.exercise().id(), message);
    }
}
