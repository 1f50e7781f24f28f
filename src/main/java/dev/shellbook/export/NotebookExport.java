package dev.shellbook.export;

import dev.shellbook.files.AtomicFiles;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.SessionOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a lesson as {@code <out>/<lesson id>.ipynb}, atomically, with or without the outputs of a headless run.
 * The notebook reaches the project's jar, data and chart folders by paths relative to its own folder.
 */
public final class NotebookExport {
    private final Path out;
    private final boolean outputs;
    private final boolean quick;

    /**
     * @param out     folder for the notebooks (and, with outputs, for the charts of the headless run)
     * @param outputs run the lesson headless first and keep what every plain step showed
     * @param quick   with outputs: fewer samples and epochs
     */
    public NotebookExport(Path out, boolean outputs, boolean quick) {
        this.out = out;
        this.outputs = outputs;
        this.quick = quick;
    }

    /** Writes the lesson's notebook and returns its path. */
    public Path write(Lesson lesson) throws IOException {
        Path file = out.resolve(lesson.id() + ".ipynb");
        Path project = out.toAbsolutePath().normalize().relativize(Path.of("").toAbsolutePath().normalize());
        Map<Integer, List<Output>> shown = outputs ? HeadlessOutputs.run(lesson, sessionOptions(lesson)) : Map.of();
        AtomicFiles.write(file, Ipynb.of(lesson, project, shown));
        return file;
    }

    private SessionOptions sessionOptions(Lesson lesson) {
        return SessionOptions.defaults().spare(false).property("shellbook.lesson", lesson.id())
                .property("shellbook.out", out.toString()).property("shellbook.quick", Boolean.toString(quick));
    }
}
