/**
 * The interactive shell (the REPL): a learner steps through a lesson cell by cell in one live JShell session and
 * types their own Java between steps; and {@link dev.shellbook.shell.BatchRun}, the same lesson run without
 * stopping, as a transcript.
 *
 * <p>{@link dev.shellbook.shell.Startup} starts it: the learner's place, the session (its execution JVM boots in
 * the background), the lesson's first screen (for an exercise, its TODO and the learner's file: {@code
 * ExerciseSheet}) while the terminal opens on another thread and is asked about images ({@code TerminalImages}), then
 * {@link dev.shellbook.shell.Shell}, the read-eval loop. On a terminal the start of the lesson (restoring the
 * checkpoint, catching up, the step) runs behind the prompt ({@code ReadAhead}): what it prints goes above the
 * line being typed ({@code AboveWriter}), and lines entered meanwhile run in order once it is done (a line that
 * needs nothing being restored runs during the restore). Input lines starting with {@code /} go to the {@link dev.shellbook.shell.CommandTable}
 * (jshell-style commands with help text, abbreviations and "did you mean" suggestions), whose handlers are the
 * {@code cmdX} methods of {@code ShellCommands}; anything else is Java for the
 * {@link dev.shellbook.session.Session}. The loop and the commands share the learner's place ({@code Navigator}:
 * lesson, step, what ran, quitting); {@code Stepper} shows and runs steps. {@link dev.shellbook.shell.Notebook}
 * prints a step the way a notebook shows a cell: title, prose rendered from Markdown by
 * {@link dev.shellbook.shell.TerminalMarkdown}, code, streamed output, values and one-line errors.
 * {@link dev.shellbook.shell.LineInput} hides whether a JLine terminal or plain piped lines feed the loop.
 *
 * <p>Arrows: shell uses session, lesson and exercise; only the command line ({@code dev.shellbook.cli}) uses
 * shell. It has no picocli: {@link dev.shellbook.shell.Setup} is what the command line hands it.
 */
package dev.shellbook.shell;
