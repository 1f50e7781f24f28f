package dev.shellbook.shell;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where the shell's input comes from and its output goes: a JLine terminal, or plain lines (piped stdin, tests).
 */
public interface LineInput extends AutoCloseable {

    /** Ctrl-C at the prompt (the line was cleared), or {@link #wake} (the line is kept in {@link #partial}). */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;
        private final String partial;
        private final boolean woken;

        /** The learner pressed Ctrl-C. */
        public Interrupted() {
            this("", false);
        }

        Interrupted(String partial, boolean woken) {
            this.partial = partial;
            this.woken = woken;
        }

        /** What was typed on the line so far (kept after a wake, to be read on). */
        public String partial() {
            return partial;
        }

        /** {@code true} when {@link #wake} ended the read, not the learner. */
        public boolean woken() {
            return woken;
        }
    }

    /**
     * The next input: one line, or several while Java code is incomplete. {@code null} at the end of input
     * (Ctrl-D at an empty prompt, end of the pipe).
     */
    String read(String prompt) throws Interrupted;

    /** Same, with {@code typed} already on the line (the learner's unfinished text after a {@link #wake}). */
    default String read(String prompt, String typed) throws Interrupted {
        return read(prompt);
    }

    /**
     * {@code true} when another thread may print (through {@link #writer()}) while one waits in {@link #read},
     * and {@link #wake} can end that read: a terminal. Plain input is read and run one line at a time.
     */
    default boolean concurrent() {
        return false;
    }

    /** Called from another thread: ends a {@link #read} in progress with a woken {@link Interrupted}. */
    default void wake() {
    }

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
