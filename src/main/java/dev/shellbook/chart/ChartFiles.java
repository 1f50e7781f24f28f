package dev.shellbook.chart;

import dev.shellbook.Course;
import dev.shellbook.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Saves figures as {@code <folder>/<name>.png} and {@code .svg}, plus {@code .plot} (the data a text plot draws,
 * see {@link PlotFile}) when the figure has a text form, each written atomically.
 */
final class ChartFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private ChartFiles() {}

    /** Saves PNG and SVG into {@link Course#lessonOut()}, prints where, and returns the PNG path. */
    static Path save(String name, Figure figure) {
        return save(Course.lessonOut(), name, figure);
    }

    /** Saves PNG and SVG into {@code folder}, prints where, and returns the PNG path. */
    static Path save(Path folder, String name, Figure figure) {
        checkName(name);
        Path png = folder.resolve(name + ".png");
        write(png, Render.png(figure));
        write(folder.resolve(name + ".svg"), Render.svg(figure));
        figure.textPlot().ifPresent(plot -> write(folder.resolve(name + ".plot"),
                PlotFile.write(plot).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        System.out.println(ChartLine.of(png));
        return png;
    }

    /** Fails unless {@code name} is a plain file name without extension, such as {@code loss-lr-0.1}. */
    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.endsWith(".png") || name.endsWith(".svg")) {
            throw new IllegalArgumentException("chart: expected a file name of letters, digits, '.', '_' or '-' "
                    + "without .png/.svg (like \"loss-curves\"), found " + (name == null ? "null" : "\"" + name + "\""));
        }
    }

    /** Writes {@code bytes} over {@code target} atomically (see {@link AtomicFiles}). */
    static void write(Path target, byte[] bytes) {
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("chart: could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
