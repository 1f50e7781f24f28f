package dev.shellbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options several commands share, each declared once here as a picocli mixin. Wider sets extend narrower ones
 * (picocli reads inherited fields into the same mixin), so that building the command line at start-up stays cheap.
 */
final class Options {
    private Options() {}

    /** {@code --lessons <dir>}. */
    static class Lessons {
        @Option(names = "--lessons", paramLabel = "<dir>",
                description = "Folder with the lessons (default: ${DEFAULT-VALUE}).")
        Path lessons = Path.of("lessons");
    }

    /** {@code --lessons}, and {@code --data <dir>} and {@code --out <dir>} for running lessons. */
    static class Folders extends Lessons {
        @Option(names = "--data", paramLabel = "<dir>", description = "Folder with the data sets (default: data).")
        Path data;

        @Option(names = "--out", paramLabel = "<dir>", description = "Folder charts are saved in (default: out).")
        Path out;

        /** The charts folder, {@code out} unless {@code --out} says otherwise. */
        Path outOrDefault() {
            return out == null ? Path.of("out") : out;
        }
    }

    /** {@code --work <dir>}. */
    static final class Work {
        @Option(names = "--work", paramLabel = "<dir>",
                description = "Folder for your exercise files, progress and history (default: ${DEFAULT-VALUE}).")
        Path work = Path.of("work");
    }

    /** {@code --quick}. */
    static final class Quick {
        @Option(names = "--quick", description = "Fewer samples and epochs, as the test suite runs lessons"
                + " (sets -Dshellbook.quick=true).")
        boolean on;
    }
}
