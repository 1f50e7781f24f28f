package dev.shellbook.shell;

import dev.shellbook.session.SessionOptions;
import java.nio.file.Path;

/**
 * What the shell and a batch run are set up with: the folders (lessons, the learner's work, data, output) and the
 * modes. The command line fills it in ({@code dev.shellbook.cli}); tests build it with {@link #of}.
 *
 * @param lessons    folder with the lesson files
 * @param work       folder for the learner's exercise files, progress and history
 * @param data       folder with the data sets, or {@code null} for the default
 * @param out        folder charts are saved in, or {@code null} for the default
 * @param instructor {@code /solution} shows an exercise's reference solution at once
 * @param windows    also open every chart in a window, when there is a display
 */
public record Setup(Path lessons, Path work, Path data, Path out, boolean instructor, boolean windows) {

    /** The default folders, lessons and work given (tests). */
    public static Setup of(Path lessons, Path work) {
        return new Setup(lessons, work, null, null, false, false);
    }

    /** The same, in instructor mode or not. */
    public Setup instructor(boolean value) {
        return new Setup(lessons, work, data, out, value, windows);
    }

    /** Session options with these folders, for the lesson with this id. */
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

    /** {@code true} when windows were asked for but there is no display to open them on. */
    /** The data folder the lessons read: {@code data}, or the default {@code data/} (the session's Course.data). */
    public Path dataDir() {
        return data != null ? data : Path.of("data");
    }

    public boolean windowsUnavailable() {
        return windows && !displayAvailable();
    }

    private static boolean displayAvailable() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }
}
