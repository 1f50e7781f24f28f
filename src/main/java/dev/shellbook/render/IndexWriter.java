package dev.shellbook.render;

import java.nio.file.Path;
import java.util.List;

/** Writes {@code index.html}: every rendered lesson in order, with its step and chart counts and its status. */
final class IndexWriter {
    private final Path outDir;

    /** @param outDir the folder holding the lesson pages */
    IndexWriter(Path outDir) {
        this.outDir = outDir;
    }

    /** Writes {@code <out>/index.html} listing {@code lessons} in the order given. */
    Path write(List<RenderedLesson> lessons) {
        Path index = outDir.resolve("index.html");
        Pages.save(index, html(lessons));
        return index;
    }

    /** The index page's HTML. */
    String html(List<RenderedLesson> lessons) {
        Html h = new Html();
        Pages.head(h, "Shellbook lessons");
        h.element("h1", "", "Shellbook lessons");
        h.element("p", "class=\"meta\"", lessons.size() + (lessons.size() == 1 ? " lesson" : " lessons")
                + ", run with the reference solutions" + (quick(lessons) ? " in quick mode." : "."));
        h.line("<ul class=\"lessons\">");
        lessons.forEach(l -> item(h, l));
        h.line("</ul>");
        h.element("footer", "", "Rendered by Shellbook. Each page is self-contained; the charts are also in the "
                + "folder named after the lesson, as PNG and SVG.");
        return Pages.tail(h);
    }

    private static boolean quick(List<RenderedLesson> lessons) {
        return !lessons.isEmpty() && lessons.stream().allMatch(RenderedLesson::quick);
    }

    private static void item(Html h, RenderedLesson l) {
        int steps = l.steps().size();
        int failed = l.failures().size();
        h.line("<li>");
        h.raw("<a class=\"title\" href=\"").raw(Html.escape(l.pageName())).raw("\">")
                .raw(Html.escape(l.lesson().title())).line("</a>");
        h.raw("<div class=\"meta\">").raw(Html.escape(l.lesson().id())).raw(" · ").raw(steps + (steps == 1
                ? " step" : " steps")).raw(" · ").raw(l.chartCount() + (l.chartCount() == 1 ? " chart" : " charts"))
                .raw(" · ").raw(failed == 0 ? "<span class=\"status-ok\">✓ all steps ran</span>"
                        : "<span class=\"status-failed\">✗ " + failed + (failed == 1 ? " step" : " steps")
                        + " failed</span>").line("</div>");
        h.line("</li>");
    }
}
