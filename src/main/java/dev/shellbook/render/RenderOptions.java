package dev.shellbook.render;

import java.nio.file.Path;

/**
 * How to render.
 *
 * @param outDir     where pages and chart folders go (made absolute)
 * @param workingDir the folder the sessions run in and lesson paths are shown relative to (made absolute)
 * @param dataDir    the data folder the lessons read (made absolute)
 * @param quick      run lessons with fewer samples and epochs
 */
public record RenderOptions(Path outDir, Path workingDir, Path dataDir, boolean quick) {

    public RenderOptions {
        outDir = outDir.toAbsolutePath().normalize();
        workingDir = workingDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** {@code file} as shown on pages: relative to the working folder when inside it, with {@code /}. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDir) ? workingDir.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
