package dev.shellbook;

import java.nio.file.Path;

/**
 * Settings a lesson reads at run time, shared by the shell, the batch runner and plain {@code jshell}.
 *
 * <p>Every value comes from a system property so that the session engine can set it in the execution JVM
 * ({@code -Dshellbook.quick=true}) and a learner running a lesson in plain {@code jshell} gets sensible defaults.
 */
public final class Course {
    private Course() {}

    /** {@code true} when lessons should use fewer samples and epochs (the test suite, {@code render --quick}). */
    public static boolean quick() {
        return Boolean.getBoolean("shellbook.quick");
    }

    /** Folder holding the shipped data sets ({@code fashion-mnist/}, {@code mnist/}, {@code toy/}). */
    public static Path dataDir() {
        return Path.of(System.getProperty("shellbook.data", "data"));
    }

    /** Root folder for charts and rendered pages. */
    public static Path outDir() {
        return Path.of(System.getProperty("shellbook.out", "out"));
    }

    /** Id of the lesson being run (its file name without {@code .jsh}), or {@code scratch} outside a lesson. */
    public static String lessonId() {
        return System.getProperty("shellbook.lesson", "scratch");
    }

    /** Folder this lesson's charts are saved in: {@code out/<lesson>/}. */
    public static Path lessonOut() {
        return outDir().resolve(lessonId());
    }

    /** {@code n} in full mode, {@code quickN} in quick mode: {@code int epochs = Course.pick(5, 1);} */
    public static int pick(int n, int quickN) {
        return quick() ? quickN : n;
    }
}
