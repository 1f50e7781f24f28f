package dev.shellbook.shell;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs inside the session's execution JVM. Ctrl-C at a terminal sends SIGINT to the whole foreground process
 * group, execution JVM included, which would die of it; the shell turns Ctrl-C into {@code Session.stop()}, so
 * the execution JVM must ignore SIGINT.
 */
public final class ExecutionSignals {
    /** The snippet the shell runs in each new execution JVM. */
    static final String IGNORE_CTRL_C = "dev.shellbook.shell.ExecutionSignals.ignoreCtrlC();";

    private ExecutionSignals() {}

    /** Makes this JVM ignore SIGINT (where the platform has it). */
    public static void ignoreCtrlC() {
        try {
            Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // no SIGINT on this platform: nothing to ignore
        }
    }
}
