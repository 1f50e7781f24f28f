package dev.shellbook.shell;

import dev.shellbook.chart.ImageMode;
import dev.shellbook.session.SessionOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command shares: lessons, the learner's work, data and output. A picocli mixin. */
public final class CourseOptions {
    @Option(names = "--lessons", paramLabel = "<dir>", description = "Folder with the lessons (default: ${DEFAULT-VALUE}).")
    Path lessons = Path.of("lessons");

    @Option(names = "--work", paramLabel = "<dir>",
            description = "Folder for your exercise files, progress and history (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("work");

    @Option(names = "--data", paramLabel = "<dir>", description = "Folder with the data sets (default: data).")
    Path data;

    @Option(names = "--out", paramLabel = "<dir>", description = "Folder charts are saved in (default: out).")
    Path out;

    @Option(names = "--instructor",
            description = "Instructor mode: /solution shows an exercise's reference solution at once.")
    boolean instructor;

    @Option(names = "--windows",
            description = "Also open every chart in a window (needs a display; charts are saved as files either way).")
    boolean windows;

    @Option(names = "--images", paramLabel = "<mode>", defaultValue = "auto",
            description = {"How charts show in the terminal: auto, kitty, iterm, sixel, text (a plot in characters)",
                    "or off (default: ${DEFAULT-VALUE}: an image where the terminal says it can, else text;"
                            + " off in a pipe). The path is printed either way."})
    String images = "auto";

    /** The {@code --images} mode; a wrong name fails with the names there are. */
    public ImageMode images() {
        return ImageMode.parse(images);
    }

    public Path lessons() {
        return lessons;
    }

    public Path work() {
        return work;
    }

    /** {@code true} in instructor mode: reference solutions are shown without trying first. */
    public boolean instructor() {
        return instructor;
    }

    /** Sets these folders for the session's JVM, for the lesson with this id. */
    public SessionOptions sessionFor(String lessonId, boolean quick) {
        SessionOptions options = SessionOptions.defaults().property("shellbook.lesson", lessonId);
        if (quick) {
            options.property("shellbook.quick", "true");
        }
        if (windows && displayAvailable()) {
            options.headless(false).property("shellbook.windows", "true");
        }
        if (data != null) {
            options.property("shellbook.data", data.toString());
        }
        if (out != null) {
            options.property("shellbook.out", out.toString());
        }
        return options;
    }

    /** {@code true} when {@code --windows} was asked for but there is no display to open them on. */
    public boolean windowsUnavailable() {
        return windows && !displayAvailable();
    }

    private static boolean displayAvailable() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }

    /** Sets instructor mode (tests); returns these options. */
    CourseOptions instructor(boolean value) {
        instructor = value;
        return this;
    }

    /** Same folders, set programmatically (tests). */
    public static CourseOptions of(Path lessons, Path work) {
        CourseOptions o = new CourseOptions();
        o.lessons = lessons;
        o.work = work;
        return o;
    }
}
