package dev.shellbook.render;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one lesson as a self-contained HTML page: the inlined stylesheet, prose from Markdown, code, outputs,
 * tables as HTML tables, charts embedded as base64 PNG with links to the PNG and SVG files beside the page, and
 * every failing step as a visible error. No scripts, nothing fetched, no timestamps.
 */
final class PageWriter {
    private final Path outDir;
    private final BlockWriter blocks;

    /** @param outDir the folder the page is written into (chart links are relative to it) */
    PageWriter(Path outDir) {
        this.outDir = outDir;
        this.blocks = new BlockWriter(outDir);
    }

    /** Writes {@code <out>/<id>.html}; {@code prev} and {@code next} are the neighbouring lessons or {@code null}. */
    Path write(RenderedLesson lesson, Lesson prev, Lesson next) {
        Path page = outDir.resolve(lesson.pageName());
        Pages.save(page, html(lesson, prev, next));
        return page;
    }

    /** The page's HTML. */
    String html(RenderedLesson lesson, Lesson prev, Lesson next) {
        Html h = new Html();
        Pages.head(h, lesson.lesson().title() + " — Shellbook");
        h.line(nav(prev, next));
        h.element("h1", "", lesson.lesson().title());
        h.element("p", "class=\"meta\"", meta(lesson));
        status(h, lesson);
        h.raw(Markdown.toHtml(lesson.lesson().intro()));
        toc(h, lesson);
        lesson.steps().forEach(s -> step(h, s));
        h.element("footer", "", "Rendered by Shellbook from " + lesson.source() + " with the reference solutions"
                + (lesson.quick() ? ", in quick mode (fewer samples and epochs)." : "."));
        return Pages.tail(h);
    }

    private static String meta(RenderedLesson lesson) {
        int n = lesson.steps().size();
        long exercises = lesson.steps().stream().filter(s -> s.step().isExercise()).count();
        return "Lesson " + lesson.lesson().id() + " · " + n + (n == 1 ? " step" : " steps") + " · " + exercises
                + (exercises == 1 ? " exercise" : " exercises") + " · " + lesson.chartCount()
                + (lesson.chartCount() == 1 ? " chart" : " charts");
    }

    private static String nav(Lesson prev, Lesson next) {
        StringBuilder s = new StringBuilder("<nav class=\"top\"><a href=\"index.html\">All lessons</a>");
        if (prev != null) {
            s.append(" · <a href=\"").append(Html.escape(prev.id() + ".html")).append("\">← ")
                    .append(Html.escape(prev.title())).append("</a>");
        }
        if (next != null) {
            s.append(" · <a href=\"").append(Html.escape(next.id() + ".html")).append("\">")
                    .append(Html.escape(next.title())).append(" →</a>");
        }
        return s.append("</nav>").toString();
    }

    private static void status(Html h, RenderedLesson lesson) {
        List<RenderedStep> failed = lesson.failures();
        if (failed.isEmpty()) {
            return;
        }
        h.raw("<div class=\"error\" role=\"alert\"><strong>").raw(failed.size() == 1 ? "1 step failed"
                : failed.size() + " steps failed").raw(":</strong> ");
        for (int i = 0; i < failed.size(); i++) {
            Step s = failed.get(i).step();
            h.raw(i == 0 ? "" : ", ").raw("<a href=\"#step-" + s.number() + "\">step " + s.number() + " ")
                    .raw(Html.escape(s.title())).raw("</a>");
        }
        h.line("</div>");
    }

    private static void toc(Html h, RenderedLesson lesson) {
        h.line("<nav class=\"toc\"><strong>Steps</strong><ol>");
        for (RenderedStep s : lesson.steps()) {
            String cls = s.error().isPresent() ? " class=\"failed\"" : "";
            h.raw("<li" + cls + "><a href=\"#step-" + s.step().number() + "\">").raw(Html.escape(s.step().title()))
                    .raw("</a>").raw(s.error().isPresent() ? " ✗" : "").line("</li>");
        }
        h.line("</ol></nav>");
    }

    private void step(Html h, RenderedStep rendered) {
        Step step = rendered.step();
        h.line("<section class=\"step\" id=\"step-" + step.number() + "\">");
        h.raw("<h2><span class=\"num\">" + step.number() + ".</span>").raw(Html.escape(step.title()))
                .raw(step.isExercise() ? "<span class=\"tag\">exercise</span>" : "").line("</h2>");
        h.raw(Markdown.toHtml(step.prose()));
        if (step.isExercise()) {
            exercise(h, step.exercise());
        } else if (!step.code().isBlank()) {
            code(h, step.code());
        }
        blocks.write(h, rendered.blocks());
        h.line("</section>");
    }

    private static void exercise(Html h, Exercise ex) {
        if (!ex.todo().isBlank()) {
            h.raw("<div class=\"todo\"><strong>TODO</strong> ").raw(inline(ex.todo())).line("</div>");
        }
        if (!ex.hints().isEmpty()) {
            h.line("<div class=\"hints\"><h3>Hints</h3><ol>");
            ex.hints().forEach(hint -> h.raw("<li>").raw(inline(hint)).line("</li>"));
            h.line("</ol></div>");
        }
        h.element("p", "class=\"label\"", "Starting code");
        code(h, ex.blankCode());
        h.line("<details><summary>Reference solution</summary>");
        code(h, ex.solutionCode());
        h.line("</details>");
        if (ex.hasChecks()) {
            h.element("p", "class=\"label\"", "Checks");
            code(h, ex.checkCode());
        }
    }

    private static void code(Html h, String code) {
        h.raw("<pre class=\"code\"><code class=\"language-java\">").raw(JavaHighlighter.toHtml(code.strip()))
                .line("</code></pre>");
    }

    /** Markdown for one line (a TODO or hint) without the paragraph around it. */
    private static String inline(String markdown) {
        String html = Markdown.toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
