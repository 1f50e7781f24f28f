package dev.shellbook.cli;

import dev.shellbook.Course;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonFormatException;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.render.RenderOptions;
import dev.shellbook.render.Renderer;
import dev.shellbook.render.SiteWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shellbook render [lessons…] [--out dir] [--quick]}: runs lessons headless with the reference solutions and
 * writes every chart (PNG and SVG), one HTML page per lesson and an index. Exits 1 naming each failing step, 2 when
 * the lessons cannot be found or parsed.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Run lessons with their reference solutions and write a page per lesson, every chart as "
                + "PNG and SVG, and an index page, for projecting or handing out.",
                "Pages are self-contained HTML (no scripts, nothing fetched) and the same lessons render to the "
                        + "same bytes."})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LESSON", arity = "0..*",
            description = "Lessons to render: number (3), id (03-softmax-regression) or part of it. Default: all.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Folder to write pages and charts into (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out", "site");

    @Mixin
    Options.Quick quick = new Options.Quick();

    @Mixin
    Options.Lessons lessons = new Options.Lessons();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Lesson> found;
        try {
            found = chosen();
        } catch (LessonFormatException | IllegalArgumentException e) {
            err.println("✗ " + e.getMessage());
            err.println("Nothing was rendered. Fix the lesson or the name, then run shellbook render again.");
            return 2;
        }
        RenderOptions options = new RenderOptions(out, Path.of(""), Course.dataDir(), quick.on);
        SiteWriter site = new SiteWriter(options, new Renderer(options), stdout, err);
        return site.render(found) ? 0 : 1;
    }

    private List<Lesson> chosen() {
        if (keys.isEmpty()) {
            return Lessons.list(lessons.dir);
        }
        return keys.stream().map(k -> Lessons.find(lessons.dir, k)).distinct().sorted()
                .map(LessonParser::parse).toList();
    }
}
