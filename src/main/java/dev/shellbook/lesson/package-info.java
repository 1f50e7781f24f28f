/**
 * Lessons: the model ({@link dev.shellbook.lesson.Lesson}, {@link dev.shellbook.lesson.Step},
 * {@link dev.shellbook.lesson.Exercise}) and the parser that reads a {@code lessons/*.jsh} file into it.
 *
 * <p>A lesson file is plain JShell with comment directives ({@code //STEP}, {@code //EXERCISE}, …; see
 * {@code lessons/README.md}). The parser reports a malformed file as {@code file:line: what is wrong. What to do.}
 * This package runs nothing; the session engine does.
 */
package dev.shellbook.lesson;
