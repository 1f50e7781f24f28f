package dev.shellbook.shell;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where the shell's input comes from and its output goes: a JLine terminal, or plain lines (piped stdin, tests).
 */
public interface LineInput extends AutoCloseable {

    /** Ctrl-C at the prompt: the line was cleared. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The next input: one line, or several while Java code is incomplete. {@code null} at the end of input
     * (Ctrl-D at an empty prompt, end of the pipe).
     */
    String read(String prompt) throws Interrupted;

    /** Where the shell prints. */
    PrintWriter writer();

    /** Columns available for text. */
    int width();

    /** Colours and emphasis suited to this output. */
    Style style();

    /** {@code true} when a person is at a terminal (line editing, Ctrl-C, a built-in editor are available). */
    boolean interactive();

    /** Runs {@code onInterrupt} on Ctrl-C pressed while code runs (not at the prompt). */
    default void onInterrupt(Runnable onInterrupt) {
    }

    /**
     * Opens {@code file} in the built-in editor; {@code false} when there is none (plain input).
     */
    default boolean editBuiltIn(Path file) {
        return false;
    }

    /**
     * Prints {@code text} (whole lines) while another thread waits in {@link #read}: above the prompt on a
     * terminal, so the line being typed is kept; plainly otherwise.
     */
    default void printAbove(String text) {
        writer().print(text);
        writer().flush();
    }

    /** Gives the terminal to another program (an external editor) while {@code action} runs. */
    default void handOver(Runnable action) {
        action.run();
    }

    @Override
    default void close() {
    }
}
