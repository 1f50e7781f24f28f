package dev.shellbook.export;

import java.nio.file.Path;

/** One piece of what a step showed in a headless run, as a notebook cell carries it. */
sealed interface Output permits Output.Text, Output.Value, Output.Chart, Output.Error {

    /** Printed text ({@code stderr} for {@code System.err}). */
    record Text(String text, boolean stderr) implements Output {}

    /** An expression's value, as the session shows it. */
    record Value(String text) implements Output {}

    /** A chart the step saved: its path as printed, and the PNG's bytes. */
    record Chart(Path png, byte[] bytes) implements Output {}

    /** Why the step failed, in one line. */
    record Error(String message) implements Output {}
}
