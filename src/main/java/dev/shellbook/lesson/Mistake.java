package dev.shellbook.lesson;

/**
 * A typical wrong answer to an exercise, written in its {@code //SOLUTION} region as
 * {@code //MISTAKE <name>: <description>} followed by its code as {@code // <code>} lines. Run it with
 * {@link Exercise#codeWith(Mistake)}.
 *
 * @param name        lower-case letters, digits and {@code -}, unique in the exercise ({@code first-entry})
 * @param description one line: what the learner got wrong
 * @param line        1-based file line of the {@code //MISTAKE} directive
 */
public record Mistake(String name, String description, int line) {}
