package dev.shellbook.cli;

import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Uses;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.Session;
import dev.shellbook.shell.BatchRun;
import dev.shellbook.shell.Notebook;
import dev.shellbook.shell.Setup;
import dev.shellbook.shell.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shellbook run <lesson>…}: every step without interaction, with a transcript; non-zero on failure. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run lessons top to bottom without interaction, printing a notebook-like transcript.",
                "Reference solutions and their checks run too. Exits with status 1 naming the first failing step:",
                "lessons/x.jsh:42 step 5 \"Title\": what went wrong."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CourseOptions course = new CourseOptions();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<lesson>", description = "Lessons: numbers (3) or parts of names.")
    List<String> lessons;

    @Mixin
    Options.Quick quick = new Options.Quick();

    @Option(names = "--reference", description = "Use the reference solutions for //USES, not your solved"
            + " exercises from the work folder.")
    boolean reference;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.forTerminal(System.getenv("TERM"), System.console() != null);
        Notebook notebook = new Notebook(out, style, 100);
        for (String key : lessons) {
            Lesson lesson = LessonParser.parse(Lessons.find(course.lessons.dir, key));
            Optional<String> failure;
            try (Session session = Session.start(course.setup().sessionFor(lesson.id(), quick.on).spare(false))) {
                failure = new BatchRun(session, notebook, uses()).run(lesson);
            }
            if (failure.isPresent()) {
                out.flush();
                spec.commandLine().getErr().println("shellbook run: " + failure.get());
                return 1;
            }
        }
        return 0;
    }

    /** How a step's //USES are defined: the learner's solved copies (an instructor sees what they give), or not. */
    private Uses uses() {
        Setup setup = course.setup();
        return reference ? Uses.references()
                : Uses.learners(new Workbook(setup.work()), Progress.load(setup.work()));
    }
}
