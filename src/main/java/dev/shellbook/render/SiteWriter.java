package dev.shellbook.render;

import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders lessons one by one, writing each page as soon as its lesson has run (so a crash keeps the finished
 * pages), then the index; reports progress and every failing step with {@code file:line}, step number and title.
 */
public final class SiteWriter {
    private final RenderOptions options;
    private final Renderer renderer;
    private final PrintWriter out;
    private final PrintWriter err;

    public SiteWriter(RenderOptions options, Renderer renderer, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.renderer = renderer;
        this.out = out;
        this.err = err;
    }

    /** Renders {@code lessons} in order; {@code true} when every step of every lesson ran. */
    public boolean render(List<Lesson> lessons) {
        PageWriter pages = new PageWriter(options.outDir());
        List<RenderedLesson> done = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            out.println("Rendering " + lesson.id() + " (" + lesson.steps().size() + " steps"
                    + (options.quick() ? ", quick" : "") + ")");
            out.flush();
            RenderedLesson rendered = renderer.render(lesson, progress());
            pages.write(rendered, i > 0 ? lessons.get(i - 1) : null, i + 1 < lessons.size() ? lessons.get(i + 1) : null);
            done.add(rendered);
        }
        new IndexWriter(options.outDir()).write(done);
        return summary(done);
    }

    private Renderer.StepListener progress() {
        return new Renderer.StepListener() {
            @Override
            public void finished(RenderedStep s) {
                Step step = s.step();
                out.println("  " + (s.error().isPresent() ? "✗ " : "✓ ") + step.number() + ". " + step.title()
                        + s.error().map(e -> " — " + e.where() + ": " + e.message()).orElse(""));
                out.flush();
            }
        };
    }

    private boolean summary(List<RenderedLesson> done) {
        int charts = done.stream().mapToInt(RenderedLesson::chartCount).sum();
        out.println("Wrote " + done.size() + (done.size() == 1 ? " page, " : " pages, ") + charts
                + (charts == 1 ? " chart" : " charts") + " and the index: " + options.outDir().resolve("index.html"));
        List<String> failures = done.stream().flatMap(l -> l.failureLines().stream()).toList();
        if (failures.isEmpty()) {
            out.flush();
            return true;
        }
        err.println("✗ " + failures.size() + (failures.size() == 1 ? " step failed" : " steps failed")
                + " (shown in red on the pages):");
        failures.forEach(f -> err.println("  " + f));
        err.println("Fix the lesson, check it with shellbook verify, then render again.");
        out.flush();
        err.flush();
        return false;
    }
}
