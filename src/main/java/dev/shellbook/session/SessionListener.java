package dev.shellbook.session;

import java.time.Duration;

/** Hears about the session's execution JVM coming up and being replaced. Called from engine threads. */
public interface SessionListener {

    /** The first execution JVM is ready; {@code startup} is the time since {@link Session#start}. */
    default void started(Duration startup) {
    }

    /** The execution JVM died (or was reset) and a new one took its place; {@code message} is one line. */
    default void restarted(String message) {
    }

    /** A replay after a death is about to run cell {@code number} of {@code total}, labelled {@code label}. */
    default void replaying(int number, int total, String label) {
    }
}
