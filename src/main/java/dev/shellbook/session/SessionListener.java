package dev.shellbook.session;

/** Hears about the session's execution JVM being replaced and replayed. Called from the thread that runs cells. */
public interface SessionListener {

    /**
     * The execution JVM died while no cell ran, and a new one took its place; {@code message} is one line. (A
     * death during a cell is told in that cell's result instead.)
     */
    default void restarted(String message) {
    }

    /** A replay after a death is about to run cell {@code number} of {@code total}, labelled {@code label}. */
    default void replaying(int number, int total, String label) {
    }
}
