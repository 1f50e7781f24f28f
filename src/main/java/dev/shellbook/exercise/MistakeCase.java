package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import java.util.List;

/**
 * One of an exercise's listed mistakes, ready to run: its name, what it gets wrong, its {@code //MISTAKE} line,
 * and the exercise's code with the mistake in place of the reference (line-preserving, so its file:line is the
 * lesson's).
 *
 * @param name        the mistake's name ({@code first-entry})
 * @param description what it gets wrong, a verb phrase that reads after "code that"
 * @param line        the {@code //MISTAKE} line in the lesson file
 * @param code        the exercise's code with this mistake, starting at the exercise's code line
 */
record MistakeCase(String name, String description, int line, String code) {
    /** The exercise's mistakes, in the order the lesson lists them. */
    static List<MistakeCase> of(Exercise exercise) {
        return exercise.mistakes().stream()
                .map(m -> new MistakeCase(m.name(), m.description(), m.line(), exercise.codeWith(m))).toList();
    }

    /** The note a learner's result carries when it fails the way this mistake does. */
    CheckResult.MistakeNote note() {
        return new CheckResult.MistakeNote(name, description);
    }
}
