package dev.shellbook.lesson;

/**
 * One JShell snippet of a step's code: a single declaration, statement or expression.
 *
 * @param source the snippet's text as JShell will evaluate it
 * @param line   the 1-based line of the lesson file where the snippet's first token stands
 */
public record Snippet(String source, int line) {}
