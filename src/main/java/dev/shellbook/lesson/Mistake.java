package dev.shellbook.lesson;

/**
 * A plausible wrong answer listed in an exercise's solution region ({@code //MISTAKE <name>: <description>}).
 * This minimal model is the checks branch's stand-in until the cleanup branch's parser (which also validates the
 * block) is merged; its form is the one in the lesson-format contract.
 *
 * @param name        lower-case letters, digits and {@code -}, unique in the exercise
 * @param description what the learner got wrong, a verb phrase that reads after "code that"
 * @param line        the {@code //MISTAKE} line in the lesson file
 */
public record Mistake(String name, String description, int line) {}
