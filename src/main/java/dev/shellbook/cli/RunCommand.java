package dev.shellbook.cli;

import dev.shellbook.bench.CourseTiming;
import dev.shellbook.bench.LessonTiming;
import dev.shellbook.bench.TreeWatch;
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
import dev.shellbook.shell.TerminalImages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
                "lessons/x.jsh:42 step 5 \"Title\": what went wrong.",
                "--timing adds, on stderr, each lesson's wall and CPU seconds and the peak resident memory of every JVM:",
                "./shellbook run --all --timing [--quick] > transcript.txt"})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CourseOptions course = new CourseOptions();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<lesson>", description = "Lessons: numbers (3) or parts of names.")
    List<String> lessons = List.of();

    @Option(names = "--all", description = "Run every lesson, in order.")
    boolean all;

    @Option(names = "--timing", description = "Time each lesson (wall and CPU seconds of all JVMs) and measure the"
            + " peak resident memory of this JVM and the execution JVM; the table goes to stderr at the end.")
    boolean timing;

    @Mixin
    Options.Quick quick = new Options.Quick();

    @Option(names = "--reference", description = "Use the reference solutions for //USES, not your solved"
            + " exercises from the work folder.")
    boolean reference;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = Style.forTerminal(System.getenv("TERM"), System.console() != null);
        Notebook notebook = new Notebook(out, style, 100);
        notebook.pictures(TerminalImages.pictures(course.images(), style));
        List<LessonTiming> timings = new ArrayList<>();
        int status = 0;
        for (Path file : files()) {
            Lesson lesson = LessonParser.parse(file);
            TreeWatch watch = timing ? TreeWatch.start(lesson.id()) : null;
            Optional<String> failure;
            try (Session session = Session.start(course.setup().sessionFor(lesson.id(), quick.on).spare(false))) {
                failure = new BatchRun(session, notebook, uses()).run(lesson);
                if (watch != null) {
                    timings.add(watch.stop(failure.isEmpty()));
                    err.printf("timing: %s%n", timings.get(timings.size() - 1).summary());
                }
            }
            if (timing) {
                awaitChildren();
            }
            if (failure.isPresent()) {
                out.flush();
                err.println("shellbook run: " + failure.get());
                status = 1;
                break;
            }
        }
        if (timing) {
            out.flush();
            err.print(new CourseTiming(quick.on, timings).text());
            err.flush();
        }
        return status;
    }

    /** Waits (up to 10 s) for the closed session's JVM to end, so that the next lesson's figures are its own. */
    private static void awaitChildren() {
        try {
            for (ProcessHandle child : ProcessHandle.current().children().toList()) {
                child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // still ending: the next lesson's figures will show it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lessons to run: every one with {@code --all}, else those named; a run needs one or the other. */
    private List<Path> files() {
        if (all) {
            return Lessons.files(course.lessons);
        }
        if (lessons.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "run: name the lessons to run (run 3 5), or give --all for every lesson.");
        }
        return lessons.stream().map(key -> Lessons.find(course.lessons, key)).toList();
    }

    /** How a step's //USES are defined: the learner's solved copies (an instructor sees what they give), or not. */
    private Uses uses() {
        Setup setup = course.setup();
        return reference ? Uses.references()
                : Uses.learners(new Workbook(setup.work()), Progress.load(setup.work()));
    }
}
