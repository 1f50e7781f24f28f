package dev.shellbook.shell;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.exercise.Position;
import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code shellbook [lesson]}: the interactive shell, at the lesson named or where the learner left off. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Step through a lesson interactively (what plain ./shellbook does).")
public final class ShellCommand implements Callable<Integer> {
    @Mixin
    CourseOptions course = new CourseOptions();

    @Parameters(arity = "0..1", paramLabel = "<lesson>",
            description = "Lesson to open: its number (3) or part of its name (softmax).")
    String lesson;

    public ShellCommand() {
    }

    public ShellCommand(CourseOptions course, String lesson) {
        this.course = course;
        this.lesson = lesson;
    }

    @Override
    public Integer call() {
        if (course.windowsUnavailable()) {
            System.err.println("No display here (DISPLAY is not set), so charts will not open in windows; they are"
                    + " saved as files and their paths printed.");
        }
        Progress progress = Progress.load(course.work());
        Place place = place(progress);
        String id = LessonParser.id(place.file());
        boolean previewed = preview(place, id);
        try (Session session = Session.start(course.sessionFor(id, false))) {
            CompletableFuture<Lesson> parsed = CompletableFuture.supplyAsync(() -> LessonParser.parse(place.file()));
            run(session, progress, place, join(parsed), previewed);
        }
        return 0;
    }

    /**
     * The first screen, printed before anything else starts: the session, the parser (both load JShell's compiler)
     * and the terminal (JLine takes a while to set it up).
     */
    private static boolean preview(Place place, String id) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Style style = Style.forTerminal(System.getenv("TERM"), System.console() != null);
        boolean shown = Shell.preview(new Notebook(out, style, columns()), place.file(), id, place.step());
        if (System.getenv("SHELLBOOK_TIMING") != null) {
            long since = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
            System.err.println("[first prose on screen " + since + " ms after the JVM started, " + cpu
                    + " ms of CPU]");
        }
        return shown;
    }

    private void run(Session session, Progress progress, Place place, Lesson lesson, boolean previewed) {
        AtomicReference<Shell> shell = new AtomicReference<>();
        ChartPictures pictures = TerminalImages.pictures(course.images(), // asked before the line editor reads keys
                Style.forTerminal(System.getenv("TERM"), System.console() != null));
        try (LineInput input = open(session, shell)) {
            shell.set(new Shell(session, input, course, progress));
            shell.get().pictures(pictures);
            shell.get().run(lesson, place.step(), previewed);
        }
    }

    private static Lesson join(CompletableFuture<Lesson> parsed) {
        try {
            return parsed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A lesson file and the step to start at. */
    record Place(Path file, int step) {}

    /** The lesson asked for (at the saved step if it is the saved lesson), else the saved place, else lesson 1. */
    Place place(Progress progress) {
        Optional<Position> saved = progress.position();
        List<Path> files = Lessons.files(course.lessons());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("there are no lessons (*.jsh) in " + course.lessons()
                    + ". Run shellbook from the repository's top folder, or pass --lessons <folder>.");
        }
        if (lesson != null) {
            Path file = Lessons.find(course.lessons(), lesson);
            return new Place(file, saved.filter(p -> p.lessonId().equals(LessonParser.id(file)))
                    .map(Position::step).orElse(1));
        }
        return saved.flatMap(p -> files.stream().filter(f -> LessonParser.id(f).equals(p.lessonId()))
                .findFirst().map(f -> new Place(f, p.step()))).orElse(new Place(files.get(0), 1));
    }

    /** A lesson's id: its file name without {@code .jsh}. */
    private LineInput open(Session session, AtomicReference<Shell> shell) {
        if (System.console() != null) {
            return JLineInput.open(course.work().resolve("history"), session::isComplete,
                    (buffer, cursor) -> shell.get().complete(buffer, cursor));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        return new PlainInput(in, out, session::isComplete, Style.forTerminal(System.getenv("TERM"), false),
                columns());
    }

    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
