package dev.shellbook.exercise;

import java.nio.file.Path;

/** Records checks as fast as it can until killed; {@link ProgressTest} kills it with SIGKILL mid-write. */
public final class ProgressHammer {
    private ProgressHammer() {}

    public static void main(String[] args) {
        Progress progress = Progress.load(Path.of(args[0]));
        for (int i = 0; ; i++) {
            progress.recordCheck("01-sums", "total", i % 2 == 0, "✗ total: attempt " + i + " ".repeat(i % 500));
        }
    }
}
