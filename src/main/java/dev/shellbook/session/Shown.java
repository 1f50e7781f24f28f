package dev.shellbook.session;

import dev.shellbook.chart.ChartLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one snippet of a cell showed, for whoever displays it (the shell's notebook, a rendered page): what it
 * printed, the value worth showing, and the charts it saved. The rules for which values are worth showing live
 * here once.
 *
 * @param snippet the snippet's result (status, message, name…)
 * @param printed everything it printed, standard output and error in order
 * @param value   its value as a notebook shows it, or {@code null}: only an expression's value, never
 *                {@code null} (what {@code map.put(k, v)} returns) or an identity string
 *                ({@code java.io.PrintStream@5db45159}, what {@code printf} returns: no information, and different
 *                every run), and not the path a chart call returns when it just announced that chart
 * @param charts  the PNG files its chart lines announced, in the order printed (as printed: relative to the
 *                session's working folder)
 */
public record Shown(SnippetResult snippet, String printed, String value, List<Path> charts) {
    private static final Pattern NO_INFO = Pattern.compile("null|[\\w.$]+@[0-9a-f]{1,8}");

    public Shown {
        charts = List.copyOf(charts);
    }

    /** What each snippet of {@code cell} showed, in order. */
    public static List<Shown> of(CellResult cell) {
        return cell.snippets().stream().map(Shown::of).toList();
    }

    /** What {@code s} showed. */
    public static Shown of(SnippetResult s) {
        List<Path> charts = s.output().lines().map(ChartLine::parse).flatMap(Optional::stream).toList();
        return new Shown(s, s.output(), worthShowing(s, charts) ? s.value() : null, charts);
    }

    private static boolean worthShowing(SnippetResult s, List<Path> charts) {
        if (!s.ok() || s.value() == null || NO_INFO.matcher(s.value()).matches() || !s.isExpression()) {
            return false;
        }
        String value = s.value().strip();
        return charts.stream().noneMatch(png -> png.toString().equals(value));
    }
}
