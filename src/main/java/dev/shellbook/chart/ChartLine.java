package dev.shellbook.chart;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a saved chart prints, {@code chart saved: out/<lesson>/<name>.png (+ .svg)}: written here and read back
 * here, so that the shell and the rendered pages find charts in a cell's output without knowing its wording.
 */
public final class ChartLine {
    private static final String PREFIX = "chart saved: ";
    private static final String SUFFIX = " (+ .svg)";
    private static final Pattern LINE = Pattern.compile("^" + Pattern.quote(PREFIX) + "(.+\\.png)"
            + Pattern.quote(SUFFIX) + "\\s*$");

    private ChartLine() {}

    /** The line announcing that a chart was saved as {@code png} (and the {@code .svg} beside it). */
    public static String of(Path png) {
        return PREFIX + png + SUFFIX;
    }

    /** The PNG path {@code line} announces, if it is a chart line. */
    public static Optional<Path> parse(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? Optional.of(Path.of(m.group(1).strip())) : Optional.empty();
    }
}
