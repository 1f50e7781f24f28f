package dev.shellbook.cli;

import dev.shellbook.shell.Setup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The folders and modes of the shell and of {@code run} and {@code list}: a picocli mixin making a {@link Setup}. */
final class CourseOptions {
    @Mixin
    Options.Lessons lessons = new Options.Lessons();

    @Mixin
    Options.Work work = new Options.Work();

    @Mixin
    Options.Data data = new Options.Data();

    @Mixin
    Options.Charts out = new Options.Charts();

    @Option(names = "--instructor",
            description = "Instructor mode: /solution shows an exercise's reference solution at once.")
    boolean instructor;

    @Option(names = "--windows",
            description = "Also open every chart in a window (needs a display; charts are saved as files either way).")
    boolean windows;

    Setup setup() {
        return new Setup(lessons.dir, work.dir, data.dir, out.dir, instructor, windows);
    }
}
