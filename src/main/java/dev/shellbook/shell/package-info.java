/**
 * The interactive shell: a learner steps through a lesson cell by cell in one live JShell session and types their
 * own Java between steps.
 *
 * <p>{@link dev.shellbook.shell.Shell} is the read-eval loop. Input lines starting with {@code /} go to the
 * {@link dev.shellbook.shell.CommandTable} (jshell-style commands with help text, abbreviations and "Did you mean"
 * suggestions); anything else is Java for the {@link dev.shellbook.session.Session}.
 * {@link dev.shellbook.shell.Notebook} prints a step the way a notebook shows a cell: title, prose rendered from
 * Markdown by {@link dev.shellbook.shell.TerminalMarkdown}, code, streamed output, values and one-line errors.
 * {@link dev.shellbook.shell.LineInput} hides whether a JLine terminal or plain piped lines feed the loop.
 *
 * <p>The picocli commands ({@code shell}, {@code run}, {@code list}) live here too and are registered by
 * {@link dev.shellbook.Main}. This package uses session, lesson and exercise; nothing uses it but {@code Main}.
 */
package dev.shellbook.shell;
