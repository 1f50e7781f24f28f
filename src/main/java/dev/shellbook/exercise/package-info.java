/**
 * Exercises that check themselves: the learner's working copies ({@link dev.shellbook.exercise.Workbook}), the
 * checks they call ({@link dev.shellbook.exercise.Check}, failing with a {@link dev.shellbook.exercise.CheckFailed}
 * that carries what, expected, found and the kind of difference), running them against the learner's code in the
 * live session ({@link dev.shellbook.exercise.Checker}) into a {@link dev.shellbook.exercise.CheckResult} of parts
 * that {@link dev.shellbook.exercise.CheckText} turns into text where it is shown, hints and the solution policy
 * ({@link dev.shellbook.exercise.Hints}, {@link dev.shellbook.exercise.Solutions}), progress saved atomically
 * after every check ({@link dev.shellbook.exercise.Progress}), a watch on a work file
 * ({@link dev.shellbook.exercise.WorkWatch}), the {@code //USES} of earlier exercises
 * ({@link dev.shellbook.exercise.UsedCode}, {@link dev.shellbook.exercise.Uses}), and the instructor's proof that
 * every blank and every listed mistake fails a check and every reference passes
 * ({@link dev.shellbook.exercise.Verifier}), whose mistake signatures also name a learner's mistake
 * ({@link dev.shellbook.exercise.MistakeBook}).
 *
 * <p>Depends on {@code lesson}, {@code session} and {@code files}; never on the shell, render or cli packages.
 */
package dev.shellbook.exercise;
