package dev.shellbook.session;

import java.io.PrintStream;

/**
 * Receives a snippet's standard output and error while it runs (training prints each epoch live).
 *
 * <p>Called from the engine's I/O thread, in the order the execution JVM printed; text may be any fragment,
 * not necessarily whole lines.
 */
@FunctionalInterface
public interface OutputSink {

    /** A sink that drops everything (output is still captured in the results). */
    OutputSink DISCARD = (text, error) -> { };

    /**
     * @param text the printed text fragment
     * @param error {@code true} when it was printed to {@code System.err}
     */
    void write(String text, boolean error);

    /** A sink printing to the given streams, flushing each fragment so it shows at once. */
    static OutputSink of(PrintStream out, PrintStream err) {
        return (text, error) -> {
            PrintStream target = error ? err : out;
            target.print(text);
            target.flush();
        };
    }
}
