package dev.shellbook.cli;

import dev.shellbook.export.NotebookExport;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shellbook export <lesson…> --ipynb [--out DIR] [--outputs]}: lessons as Jupyter notebooks. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write lessons as Jupyter notebooks (.ipynb) for a Java kernel such as IJava or JJava.",
                "Prose becomes Markdown cells, code becomes code cells; an exercise is its blank with the TODO,",
                "its hints (collapsed) and a cell that runs its checks. The same lesson gives the same file."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<lesson>", description = "Lessons: numbers (2) or parts of names.")
    List<String> keys;

    @Option(names = "--ipynb", required = true, description = "Write Jupyter notebooks (the one format there is).")
    boolean ipynb;

    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "out/notebooks",
            description = "Folder for the notebooks (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--outputs", description = {"Run each lesson headless first and keep its outputs and charts",
            "(saved under <dir>/<lesson>/)."})
    boolean outputs;

    @Mixin
    Options.Quick quick = new Options.Quick();

    @Mixin
    Options.Lessons lessons = new Options.Lessons();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        NotebookExport export = new NotebookExport(out, outputs, quick.on);
        for (String key : keys) {
            Lesson lesson = LessonParser.parse(Lessons.find(lessons.lessons, key));
            stdout.println("notebook saved: " + export.write(lesson) + " (" + lesson.steps().size() + " steps, "
                    + lesson.exercises().size() + " exercises)");
        }
        return 0;
    }
}
