package dev.shellbook.shell;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Shown;
import dev.shellbook.session.SnippetResult;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Prints lessons the way a notebook shows cells: a step's title and prose, its code, then what it printed
 * (streamed while it runs), its values and, when it fails, one or two human lines with {@code file:line}.
 */
public final class Notebook {
    private final PrintWriter out;
    private final Style style;
    private final IntSupplier columns;
    private TerminalMarkdown markdown;
    private int wrap;
    private boolean statusShown;
    private boolean atLineStart = true;
    private boolean lastBlank;
    private volatile java.util.concurrent.CompletableFuture<ChartPictures> pictures =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    /** @param width the terminal's width; prose wraps at up to 100 columns */
    public Notebook(PrintWriter out, Style style, int width) {
        this(out, style, () -> width);
    }

    /** @param columns the terminal's width now (asked before each step, so prose follows a resize) */
    public Notebook(PrintWriter out, Style style, IntSupplier columns) {
        this.out = out;
        this.style = style;
        this.columns = columns;
    }

    public Style style() {
        return style;
    }

    private int width() {
        return Math.max(40, columns.getAsInt());
    }

    /** Markdown wrapped to the terminal's width now: made again when the width changed. */
    private TerminalMarkdown markdown() {
        int now = Math.min(width(), 100) - 1;
        if (markdown == null || now != wrap) {
            markdown = new TerminalMarkdown(style, now);
            wrap = now;
        }
        return markdown;
    }

    /** Shows every chart a cell saves this way ({@code --images}), below its path; {@code null}: paths only. */
    public void pictures(ChartPictures shown) {
        pictures = java.util.concurrent.CompletableFuture.completedFuture(shown);
    }

    /** Same, once {@code later} completes (the terminal is being asked); a chart shown before waits for it. */
    public void pictures(java.util.concurrent.CompletableFuture<ChartPictures> later) {
        pictures = later;
    }

    /** The lesson's title and introduction. */
    public void lesson(Lesson lesson) {
        lesson(lesson.title(), lesson.id(), lesson.steps().size(), lesson.intro());
    }

    /** A lesson's title line and introduction. */
    public void lesson(String title, String id, int steps, String intro) {
        line(style.heading(style.bold(title)) + style.dim("  (" + id + ", " + steps + " steps)"));
        if (!intro.isBlank()) {
            line(markdown().render(intro));
        }
    }

    /** The step's rule with its number and title, then its prose. */
    public void step(Lesson lesson, Step step) {
        step(step.number(), lesson.steps().size(), step.title(), step.isExercise(), step.prose());
    }

    /** A step's rule ({@code ── 3/9 Title ───}) and its prose. */
    public void step(int number, int steps, String title, boolean exercise, String prose) {
        String label = " " + number + "/" + steps + " " + title + " ";
        String kind = exercise ? " exercise " : "";
        int rest = Math.max(3, Math.min(width(), 100) - 3 - label.length() - kind.length());
        blank();
        line(style.dim("──") + style.bold(label) + style.warn(kind) + style.dim("─".repeat(rest)));
        if (!prose.isBlank()) {
            line(markdown().render(prose));
        }
    }

    /** A code listing, indented and dimmed. */
    public void code(String code) {
        if (code.isBlank()) {
            return;
        }
        blank();
        code.stripTrailing().lines().forEach(l -> line("  " + style.listing(l)));
        blank();
    }

    /** A sink that streams the running code's output as it is printed. */
    public OutputSink sink() {
        return (text, error) -> write(error ? style.bad(text) : text, text);
    }

    /** The values and the failure of a lesson step's cell (its output was streamed already). */
    public void cell(CellResult result) {
        for (Shown shown : Shown.of(result)) {
            if (shown.value() != null) {
                value(shown.value());
            }
            note(shown.snippet());
        }
        pictures(result);
        failure(result);
    }

    /** Each chart the cell saved, as an image or a text plot (its path was printed just above). */
    private void pictures(CellResult result) {
        ChartPictures shown = pictures.join();
        if (shown != null) {
            Shown.of(result).forEach(s -> s.charts().forEach(png -> shown.picture(png).ifPresent(this::picture)));
        }
    }

    private synchronized void picture(String shown) {
        if (!atLineStart) {
            out.println();
        }
        out.print(shown);
        out.flush();
        atLineStart = true;
        lastBlank = false;
    }

    /** Values of code the learner typed, like jshell: {@code x ==> 5} for variables, the value for expressions. */
    public void typed(CellResult result) {
        for (SnippetResult s : result.snippets()) {
            if (s.ok() && s.value() != null) {
                value(s.isExpression() ? s.value() : s.name() + " ==> " + s.value());
            } else if (s.ok() && s.name() != null && !s.isExpression()) {
                line(style.dim("defined " + s.name()));
            }
            note(s);
        }
        pictures(result);
        failure(result);
    }

    /** A failed cell's one-line message, or the stop/restart notice. */
    public void failure(CellResult result) {
        result.failure().ifPresent(f -> {
            switch (f.status()) {
                case STOPPED -> line(style.warn("Stopped.") + (f.message().contains("replayed") ? " " + f.message()
                        : " The session is still yours: variables keep the values they had when the code stopped, and"
                        + " an object it was changing (a matrix being filled, a model being trained) may be half done:"
                        + " run that code again before you rely on it."));
                case SESSION_RESTARTED -> line(style.warn(f.message()));
                default -> line(style.bad("✗ " + f.message()));
            }
        });
    }

    /** A quiet remark. */
    public void note(String text) {
        line(style.dim(text));
    }

    public void error(String text) {
        line(style.bad(text));
    }

    public void good(String text) {
        line(style.good(text));
    }

    /**
     * A line that the next status or line replaces ({@code replaying 7 of 11: Train once…}); a plain line of its
     * own where the output cannot take a line back (a pipe, no colours).
     */
    public synchronized void status(String text) {
        if (!style.colored()) {
            line(text);
        } else {
            int width = width();
            String fitted = text.length() > width - 1 ? text.substring(0, Math.max(0, width - 2)) + "…" : text;
            if (!statusShown && !atLineStart) {
                write("\n", "\n"); // ends the line the status follows, by itself (AboveWriter holds unfinished lines)
            }
            write("\r\033[K" + style.dim(fitted), fitted);
            statusShown = true;
        }
    }

    /** Takes back a status line, if one is showing. */
    public synchronized void clearStatus() {
        if (statusShown) {
            out.print("\r\033[K");
            out.flush();
            atLineStart = true;
            statusShown = false;
        }
    }

    /** A line of plain text (whole: a status line printed by another thread at the same moment waits). */
    public synchronized void line(String text) {
        clearStatus();
        if (!atLineStart) {
            out.println();
        }
        out.println(text);
        out.flush();
        atLineStart = true;
        lastBlank = text.isEmpty();
    }

    /** An empty line, unless the last thing printed was one. */
    public void blank() {
        if (!lastBlank || !atLineStart) {
            line("");
        }
    }

    private void note(SnippetResult s) {
        if (s.ok() && !s.message().isBlank()) {
            line(style.warn(s.message()));
        }
    }

    private void value(String text) {
        line(text.stripTrailing());
    }

    private synchronized void write(String styled, String raw) {
        out.print(styled);
        out.flush();
        atLineStart = raw.endsWith("\n");
        lastBlank = false;
    }
}
