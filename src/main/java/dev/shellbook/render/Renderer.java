package dev.shellbook.render;

import dev.shellbook.exercise.Uses;
import dev.shellbook.lesson.Cell;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import dev.shellbook.session.SnippetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs a lesson headless with its reference solutions, one fresh session per lesson, and collects what each step
 * showed. The session gets {@code shellbook.lesson=<id>} and {@code shellbook.out=<out>}, so charts land in
 * {@code <out>/<id>/} beside the page. An exercise step runs its reference code, then its checks.
 */
public final class Renderer {
    /** Values that tell the reader nothing: {@code null} and {@code Object.toString()}'s {@code Class@hash}. */
    private static final Pattern NO_INFO = Pattern.compile("null|[\\w.$]+@[0-9a-f]{1,8}");

    private final RenderOptions options;
    private final OutputParser parser;

    public Renderer(RenderOptions options) {
        this.options = options;
        this.parser = new OutputParser(options.workingDir());
    }

    /** Runs every step of {@code lesson}; a failing step is recorded and the following steps still run. */
    RenderedLesson render(Lesson lesson, StepListener listener) {
        List<RenderedStep> steps = new ArrayList<>();
        try (Session session = Session.start(sessionOptions(lesson))) {
            ChartWatch watch = new ChartWatch(options.outDir().resolve(lesson.id()));
            for (Step step : lesson.steps()) {
                listener.starting(step);
                RenderedStep done = new RenderedStep(step, watch.complete(run(session, step)));
                steps.add(done);
                listener.finished(done);
            }
        }
        return new RenderedLesson(lesson, options.display(lesson.file()), options.quick(), steps);
    }

    private SessionOptions sessionOptions(Lesson lesson) {
        return SessionOptions.defaults().spare(false).workingDir(options.workingDir())
                .property("shellbook.lesson", lesson.id())
                .property("shellbook.out", options.outDir().toString())
                .property("shellbook.data", options.dataDir().toString())
                .property("shellbook.quick", Boolean.toString(options.quick()));
    }

    private List<Block> run(Session session, Step step) {
        List<Block> blocks = new ArrayList<>();
        Uses.references().define(session, step).stream().filter(d -> !d.ok())
                .forEach(d -> blocks.add(new Block.Note(d.notice())));
        for (Cell cell : step.cells()) {
            if (!cell(session, cell, blocks)) {
                return blocks;
            }
        }
        if (step.isExercise() && step.exercise().hasChecks()) {
            blocks.add(new Block.Note("The reference solution passes the checks."));
        }
        return blocks;
    }

    /** Runs one cell, appending its blocks; {@code false} when it failed. */
    private boolean cell(Session session, Cell cell, List<Block> blocks) {
        CellResult result = session.run(cell.code(), new Origin(cell.file(), cell.line()));
        for (SnippetResult snippet : result.snippets()) {
            List<Block> printed = parser.parse(snippet.output(), false);
            blocks.addAll(printed);
            if (snippet.ok() && shows(snippet, printed)) {
                values(snippet, blocks);
            }
        }
        result.failure().ifPresent(f -> blocks.add(Failures.error(f)));
        mergeTexts(blocks);
        return result.ok();
    }

    /**
     * Whether the page shows this snippet's value: only an expression's, as the lesson format says; never
     * {@code null} (what {@code map.put(k, v);} returns) or an identity string ({@code java.io.PrintStream@5db45159},
     * what {@code printf} returns: no information, and different every run); not the path a chart method returns
     * when the chart was just announced.
     */
    private boolean shows(SnippetResult snippet, List<Block> printed) {
        if (snippet.value() == null || NO_INFO.matcher(snippet.value()).matches() || !isExpression(snippet)) {
            return false;
        }
        Block.Chart fromValue = parser.chart("chart saved: " + snippet.value().strip() + " (+ .svg)");
        return fromValue == null || printed.stream().noneMatch(fromValue::equals);
    }

    /** Joins neighbouring text blocks, so what consecutive snippets printed reads as one output. */
    private static void mergeTexts(List<Block> blocks) {
        for (int i = blocks.size() - 1; i > 0; i--) {
            if (blocks.get(i - 1) instanceof Block.Text a && blocks.get(i) instanceof Block.Text b
                    && a.stderr() == b.stderr()) {
                blocks.set(i - 1, new Block.Text(a.text() + b.text(), a.stderr()));
                blocks.remove(i);
            }
        }
    }

    /** An expression ({@code $3}, or a variable's bare name) rather than a declaration ({@code int n = 5;}). */
    private static boolean isExpression(SnippetResult snippet) {
        String name = snippet.name();
        return name == null || name.startsWith("$") || snippet.source().strip().replaceFirst(";$", "").equals(name);
    }

    /** A value as blocks: printed tables become tables, the rest stays the value's text. */
    private void values(SnippetResult snippet, List<Block> blocks) {
        for (Block b : TableValues.fold(parser.parse(snippet.value(), false))) {
            blocks.add(b instanceof Block.Text t ? new Block.Value(snippet.name(), t.text()) : b);
        }
    }

    /** Hears each step start and finish, for progress lines. */
    interface StepListener {
        StepListener NONE = new StepListener() {};

        default void starting(Step step) {
        }

        default void finished(RenderedStep step) {
        }
    }
}
