/**
 * Exercises that check themselves: the learner's working copies ({@link dev.shellbook.exercise.Workbook}), the
 * checks they call ({@link dev.shellbook.exercise.Check}), running them against the learner's code in the live
 * session ({@link dev.shellbook.exercise.Checker}), hints and the solution policy
 * ({@link dev.shellbook.exercise.Hints}, {@link dev.shellbook.exercise.Solutions}), progress saved atomically
 * after every check ({@link dev.shellbook.exercise.Progress}), and the instructor's proof that every check can
 * fail and every reference passes ({@link dev.shellbook.exercise.Verifier}).
 *
 * {@link dev.shellbook.exercise.LessonRun} runs one lesson for the verifier.
 *
 * <p>Depends on {@code lesson}, {@code session} and {@code files}; never on the shell, render or cli packages
 * (the {@code verify} and {@code progress} commands are in {@code cli}).
 */
package dev.shellbook.exercise;
