package dev.shellbook.cli;

import dev.shellbook.chart.ImageMode;
import dev.shellbook.shell.Setup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The folders and modes of the shell and of {@code run} and {@code list}: a picocli mixin making a {@link Setup}.
 * {@code --lessons}, {@code --data} and {@code --out} come from {@link Options.Folders}, {@code --work} from
 * {@link Options.Work}.
 */
final class CourseOptions extends Options.Folders {
    @Mixin
    Options.Work work = new Options.Work();

    @Option(names = "--instructor",
            description = "Instructor mode: /solution shows an exercise's reference solution at once.")
    boolean instructor;

    @Option(names = "--windows",
            description = "Also open every chart in a window (needs a display; charts are saved as files either way).")
    boolean windows;

    @Option(names = "--images", paramLabel = "<mode>", defaultValue = "auto",
            description = {"How charts show in the terminal: auto, kitty, iterm, sixel, text (a plot in characters)"
                    + " or off.", "Default ${DEFAULT-VALUE}: an image where the terminal says it can show one, else"
                    + " text; off in a pipe. The path is printed either way."})
    String images = "auto";

    /** The {@code --images} mode; a wrong name fails with the names there are. */
    ImageMode images() {
        return ImageMode.parse(images);
    }

    Setup setup() {
        return new Setup(lessons, work.work, data, out, instructor, windows);
    }
}
