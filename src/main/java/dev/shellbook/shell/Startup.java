package dev.shellbook.shell;

import dev.shellbook.chart.ChartPictures;
import dev.shellbook.chart.ImageMode;
import dev.shellbook.exercise.Position;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.CheckpointKeys;
import dev.shellbook.session.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Terminal;

/**
 * How the interactive shell starts, in this order: find the learner's place, parse that lesson, print its first
 * screen (before anything slow: the session loads JShell's compiler, JLine sets up the terminal), start the
 * session, open the terminal (asking it about images at once, {@link TerminalImages}, while the line editor is
 * built on it), and hand over to {@link Shell} at that step.
 */
public final class Startup {
    private final Setup setup;
    private final String lessonKey;
    private final boolean watch;
    private ImageMode images = ImageMode.AUTO;

    /** @param lessonKey the lesson asked for (its number or part of its name), or {@code null} for the saved place */
    public Startup(Setup setup, String lessonKey) {
        this(setup, lessonKey, false);
    }

    /** With {@code watch}, the shell opens at the current exercise and starts {@code /watch} on it. */
    public Startup(Setup setup, String lessonKey, boolean watch) {
        this.setup = setup;
        this.lessonKey = lessonKey;
        this.watch = watch;
    }

    /** How saved charts are shown ({@code --images}); {@code auto} unless set. */
    public Startup images(ImageMode mode) {
        images = mode;
        return this;
    }

    /** Runs the shell until the learner quits. */
    public void run() {
        if (setup.windowsUnavailable()) {
            System.err.println("No display here (DISPLAY is not set), so charts will not open in windows; they are"
                    + " saved as files and their paths printed.");
        }
        Progress progress = Progress.load(setup.work());
        Place place = place(progress);
        // the execution JVM is the slowest part of the start: it starts first, named by the lesson file alone
        try (Session session = Session.start(setup.sessionFor(LessonParser.id(place.file()), false))) {
            CheckpointKeys.warm(setup.dataDir()); // a resume's checkpoint key hashes the data: start it now
            AtomicReference<Shell> shell = new AtomicReference<>();
            // the terminal opens while the lesson is read and shown; it is asked about images the moment it is
            // open, on a thread of its own, while the line editor is built on it
            CompletableFuture<Terminal> terminal = CompletableFuture.supplyAsync(Startup::terminal);
            CompletableFuture<TerminalImages.Asked> asked = terminal.thenApplyAsync(this::ask, Startup::ownThread);
            CompletableFuture<LineInput> opened = terminal.thenApplyAsync(t -> open(t, session, shell));
            CompletableFuture<ChartPictures> pictures = asked.thenApply(TerminalImages.Asked::pictures);
            Lesson lesson;
            int step;
            try {
                lesson = LessonParser.parse(place.file());
                step = Math.max(1, Math.min(lesson.steps().size(),
                        watch ? exerciseStep(lesson, place.step(), progress) : place.step()));
                firstScreen(lesson, step, progress);
            } catch (RuntimeException e) {
                opened.thenAccept(LineInput::close);
                throw e;
            }
            try (LineInput input = join(opened)) {
                timing("line editor open");
                shell.set(new Shell(session, input, setup, progress));
                shell.get().pictures(pictures);
                shell.get().begin(lesson, step, true, watch && lesson.step(step).isExercise() ? "/watch" : null);
                typedWhileAsked(input, asked);
                shell.get().loop();
            }
        }
    }

    /**
     * Waits for the terminal's answers about images (or for a round to give up on them) before the line editor
     * reads keys, while the session starts behind; the keys typed meanwhile are read first.
     */
    private static void typedWhileAsked(LineInput input, CompletableFuture<TerminalImages.Asked> asked) {
        TerminalImages.Asked answer = join(asked);
        if (input instanceof JLineInput j) {
            j.typeAhead(answer.typed());
        }
        ChartPictures.Geometry cell = answer.pictures().geometry();
        timing("terminal asked about images (" + answer.pictures().mode().name().toLowerCase()
                + (answer.pictures().mode() != ImageMode.SIXEL ? "" : ", cell " + cell.cellWidth() + "×"
                + cell.cellHeight() + " px, " + cell.colours() + " colours") + ")");
    }

    /** How saved charts are shown on this terminal, asked through the line editor's {@code terminal} if any. */
    private TerminalImages.Asked ask(Terminal terminal) {
        return TerminalImages.ask(images, Style.forTerminal(System.getenv("TERM"), System.console() != null),
                terminal);
    }

    /** Runs {@code task} on a daemon thread of its own (the common pool has one thread on two cores). */
    private static void ownThread(Runnable task) {
        Thread thread = new Thread(task, "shellbook-terminal-images");
        thread.setDaemon(true);
        thread.start();
    }

    /** The value of {@code future}, its failure thrown as it was. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The exercise to watch: the step itself when it is one, else the first exercise from there on that is not
     * solved, else the first unsolved one in the lesson, else the last exercise; the step when there is none.
     */
    static int exerciseStep(Lesson lesson, int from, Progress progress) {
        List<Step> exercises = lesson.steps().stream().filter(Step::isExercise).toList();
        if (exercises.isEmpty() || from >= 1 && from <= lesson.steps().size() && lesson.step(from).isExercise()) {
            return from;
        }
        java.util.function.Predicate<Step> open = s -> !progress.get(lesson.id(), s.exercise().id()).passed();
        return exercises.stream().filter(s -> s.number() >= from && open.test(s)).findFirst()
                .or(() -> exercises.stream().filter(open).findFirst())
                .orElse(exercises.get(exercises.size() - 1)).number();
    }

    /** A lesson file and the step to start at. */
    record Place(Path file, int step) {}

    /** The lesson asked for (at the saved step if it is the saved lesson), else the saved place, else lesson 1. */
    Place place(Progress progress) {
        Optional<Position> saved = progress.position();
        List<Path> files = Lessons.files(setup.lessons());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("there are no lessons (*.jsh) in " + setup.lessons()
                    + ". Run shellbook from the repository's top folder, or pass --lessons <folder>.");
        }
        if (lessonKey != null) {
            Path file = Lessons.find(setup.lessons(), lessonKey);
            return new Place(file, saved.filter(p -> p.lessonId().equals(LessonParser.id(file)))
                    .map(Position::step).orElse(1));
        }
        return saved.flatMap(p -> files.stream().filter(f -> LessonParser.id(f).equals(p.lessonId()))
                .findFirst().map(f -> new Place(f, p.step()))).orElse(new Place(files.get(0), 1));
    }

    /** The first screen, straight to standard output; with {@code SHELLBOOK_TIMING} set, how long it took. */
    private void firstScreen(Lesson lesson, int step, Progress progress) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Style style = Style.forTerminal(System.getenv("TERM"), System.console() != null);
        Shell.firstScreen(new Notebook(out, style, columns()), lesson, step, new Workbook(setup.work()), progress);
        if (System.getenv("SHELLBOOK_TIMING") != null) {
            long since = ManagementFactory.getRuntimeMXBean().getUptime();
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
            System.err.println("[first prose on screen " + since + " ms after the JVM started, " + cpu
                    + " ms of CPU]");
        }
    }

    /** With {@code SHELLBOOK_TIMING} set: how long after the JVM started the start reached {@code what}. */
    static void timing(String what) {
        if (System.getenv("SHELLBOOK_TIMING") != null) {
            System.err.println("[" + what + " " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the"
                    + " JVM started]");
        }
    }

    /** The system's terminal, or {@code null} when the input is piped. */
    private static Terminal terminal() {
        return System.console() != null ? JLineInput.systemTerminal() : null;
    }

    /** JLine on {@code terminal}; plain lines when the input is piped ({@code terminal} is null). */
    private LineInput open(Terminal terminal, Session session, AtomicReference<Shell> shell) {
        if (terminal != null) {
            return JLineInput.over(terminal, setup.work().resolve("history"),
                    code -> shell.get() == null ? JavaLineParser.balanced(code) : shell.get().isComplete(code),
                    (buffer, cursor) -> shell.get().complete(buffer, cursor));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        return new PlainInput(in, out, session::isComplete, Style.forTerminal(System.getenv("TERM"), false),
                columns());
    }

    /** The terminal's width as the launcher passed it ({@code COLUMNS}), else 80. */
    static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
