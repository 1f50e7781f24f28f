package dev.shellbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options several commands share, each declared once here as a picocli mixin. */
final class Options {
    private Options() {}

    /** {@code --lessons <dir>}. */
    static final class Lessons {
        @Option(names = "--lessons", paramLabel = "<dir>",
                description = "Folder with the lessons (default: ${DEFAULT-VALUE}).")
        Path dir = Path.of("lessons");
    }

    /** {@code --work <dir>}. */
    static final class Work {
        @Option(names = "--work", paramLabel = "<dir>",
                description = "Folder for your exercise files, progress and history (default: ${DEFAULT-VALUE}).")
        Path dir = Path.of("work");
    }

    /** {@code --data <dir>}; {@code null} means the default. */
    static final class Data {
        @Option(names = "--data", paramLabel = "<dir>", description = "Folder with the data sets (default: data).")
        Path dir;
    }

    /** {@code --out <dir>} where charts go; {@code null} means the default. */
    static final class Charts {
        @Option(names = "--out", paramLabel = "<dir>", description = "Folder charts are saved in (default: out).")
        Path dir;

        Path orDefault() {
            return dir == null ? Path.of("out") : dir;
        }
    }

    /** {@code --quick}. */
    static final class Quick {
        @Option(names = "--quick", description = "Fewer samples and epochs, as the test suite runs lessons"
                + " (sets -Dshellbook.quick=true).")
        boolean on;
    }
}
