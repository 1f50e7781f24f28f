/**
 * Lessons: the model ({@link dev.shellbook.lesson.Lesson}, {@link dev.shellbook.lesson.Step},
 * {@link dev.shellbook.lesson.Exercise}, {@link dev.shellbook.lesson.Mistake}, {@link dev.shellbook.lesson.Use})
 * and the parser that reads a {@code lessons/*.jsh} file into it.
 *
 * <p>A lesson file is plain JShell with comment directives ({@code //STEP}, {@code //EXERCISE}, …; see
 * {@code lessons/README.md}). The parser reports a malformed file as {@code file:line: what is wrong. What to do.}
 * It reads code without a compiler (no {@code jdk.jshell} here): it checks only that code does not end in the
 * middle of a snippet, and {@link dev.shellbook.lesson.Step#cells()} says what a step runs and where it stands;
 * the session engine splits the code into snippets when it runs them. {@link dev.shellbook.lesson.Lessons} finds
 * a folder's lessons, loads those that parse, and checks the course-level {@code //USES} references.
 */
package dev.shellbook.lesson;
