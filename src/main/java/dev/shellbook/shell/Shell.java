package dev.shellbook.shell;

import dev.shellbook.exercise.MistakeBook;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Completions;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-eval loop: commands ({@code /next}, {@code /check}, …) go to the command table, everything else is
 * Java run in the lesson's live session. Nothing typed here ends the shell but {@code /quit} and Ctrl-D.
 */
public final class Shell {
    private final Session session;
    private final LineInput input;
    private final Notebook notebook;
    private final Stepper stepper;
    private final Navigator navigator;
    private final CommandTable commands;
    private final CatchUp catchUp;
    private final ReadAhead ahead;
    private final Workbook workbook;
    private final Progress progress;

    /** A shell over a started session; the caller owns (and closes) the session and the input. */
    public Shell(Session session, LineInput input, Setup setup, Progress progress) {
        this.session = session;
        this.input = input;
        this.notebook = new Notebook(input.writer(), input.style(), input::width);
        this.workbook = new Workbook(setup.work());
        this.progress = progress;
        ExerciseDesk desk = new ExerciseDesk(session, notebook, progress, workbook, setup.instructor());
        desk.mistakes(new MistakeBook(setup.work(), setup.sessionFor("mistakes", true)));
        this.catchUp = new CatchUp(session, notebook, desk, setup.work().resolve(".checkpoints"), setup.dataDir());
        this.ahead = new ReadAhead(input);
        catchUp.between(independent -> ahead.runWhile(independent, this::meanwhile));
        this.stepper = new Stepper(session, notebook, progress, desk, catchUp);
        this.navigator = new Navigator(session, notebook, progress, setup.lessons(), stepper);
        this.commands = ShellCommands.table(new ShellCommands(navigator, desk, notebook, new Editing(input, notebook),
                input, this::handle));
        progress.warning().ifPresent(notebook::error);
        input.onInterrupt(this::interrupt);
        session.addListener(new SessionListener() {
            @Override
            public void restarted(String message) {
                notebook.line(notebook.style().warn(message));
            }

            @Override
            public void replaying(int number, int total, String label) {
                notebook.status("replaying " + number + " of " + total + ": " + label);
            }
        });
    }

    /** Shows saved charts this way ({@code --images}), below their paths. */
    public void pictures(dev.shellbook.chart.ChartPictures pictures) {
        notebook.pictures(pictures);
    }

    /** Same, once {@code later} is known (the terminal is being asked); a chart shown before waits for it. */
    public void pictures(java.util.concurrent.CompletableFuture<dev.shellbook.chart.ChartPictures> later) {
        notebook.pictures(later);
    }

    /** Ctrl-C while code runs: stop it. Called on a signal thread; never throws. */
    private void interrupt() {
        try {
            session.stop();
        } catch (RuntimeException e) {
            notebook.note("(Ctrl-C could not stop the code: " + e.getMessage() + ")");
        }
    }

    /** Shows the lesson at {@code step} (its prose first, at once) and runs it; then reads commands until quit. */
    public void run(Lesson lesson, int step) {
        run(lesson, step, false);
    }

    /** Same, when {@link #firstScreen} showed the lesson at {@code step} already. */
    public void run(Lesson lesson, int step, boolean previewed) {
        run(lesson, step, previewed, null);
    }

    /** Same, handling {@code first} (a command such as {@code /watch}, or null) before reading any input. */
    public void run(Lesson lesson, int step, boolean previewed, String first) {
        begin(lesson, step, previewed, first);
        loop();
    }

    /**
     * The start of {@link #run}, without the reading: on a terminal (and with no {@code first}) it runs behind
     * the prompt and returns at once; else it returns when the step has run.
     */
    public void begin(Lesson lesson, int step, boolean previewed, String first) {
        session.holdSpare(); // the spare JVM would take CPU from the restore and the catching up
        if (first == null && input.concurrent()) {
            startBehindThePrompt(lesson, step, previewed);
        } else {
            start(lesson, step, previewed);
            session.releaseSpare();
            if (first != null) {
                handle(first);
            }
        }
    }

    /**
     * Same as {@link #start}, but on a thread of its own, so that the prompt takes input at once: what it prints
     * goes above the prompt, and lines entered meanwhile run, in order, when it is done.
     */
    void startBehindThePrompt(Lesson lesson, int step, boolean previewed) {
        stepper.open(lesson);
        stepper.place(within(lesson, step));
        if (!previewed) {
            firstScreen(notebook, lesson, step, workbook, progress);
        }
        ahead.start(() -> {
            safely(() -> stepper.go(within(lesson, step), true));
            catchUp.arm(); // a Ctrl-C that came after the catching up stops nothing later
            session.releaseSpare();
        });
    }

    /**
     * A lesson's first screen: its title and introduction (or, past step 1, a welcome back), then the step's rule,
     * prose and code (an exercise's: the learner's file, from {@code workbook}). It needs no session, so it can
     * be printed before one has started.
     */
    static void firstScreen(Notebook notebook, Lesson lesson, int step, Workbook workbook, Progress progress) {
        int at = within(lesson, step);
        if (at <= 1) {
            notebook.lesson(lesson);
        } else {
            notebook.note("Welcome back to " + lesson.id() + " (" + lesson.title() + "), step " + at + " of "
                    + lesson.steps().size() + ". /list shows the steps, /help the commands.");
        }
        notebook.step(lesson, lesson.step(at));
        if (lesson.step(at).isExercise()) {
            ExerciseSheet.show(notebook, workbook, progress, lesson, lesson.step(at));
        } else {
            notebook.code(lesson.step(at).code());
        }
    }

    private static int within(Lesson lesson, int step) {
        return Math.max(1, Math.min(step, lesson.steps().size()));
    }

    /** Shows the lesson at {@code step} (unless {@code previewed}: its first screen is shown) and runs it. */
    public void start(Lesson lesson, int step, boolean previewed) {
        stepper.open(lesson);
        if (!previewed) {
            firstScreen(notebook, lesson, step, workbook, progress);
        }
        safely(() -> stepper.go(within(lesson, step), true));
    }

    /** Reads and handles input until {@code /quit}, Ctrl-D or the end of the input. */
    public void loop() {
        String typed = "";
        while (!navigator.quit()) {
            if (runKept()) {
                continue;
            }
            String line;
            try {
                String shown = typed;
                line = ahead.read(() -> input.read(navigator.prompt(), shown));
            } catch (LineInput.Interrupted e) {
                typed = e.woken() ? e.partial() : "";
                if (!e.woken() && ahead.busy()) {
                    stopStart();
                }
                continue;
            }
            typed = "";
            if (line == null) {
                ahead.await();
                runKept();
                if (!navigator.quit()) {
                    navigator.leave();
                }
            } else if (!ahead.keep(line, notebook::note)) {
                handle(line);
            }
        }
    }

    /** Runs the lines kept while the start ran, once it is done; {@code true} if there were any. */
    private boolean runKept() {
        boolean ran = false;
        for (String kept = ahead.next(); kept != null && !navigator.quit(); kept = ahead.next()) {
            handle(kept);
            ran = true;
        }
        return ran;
    }

    /** A kept line that runs while the session is still being restored, the restoring line shown again after. */
    private void meanwhile(String line) {
        notebook.clearStatus();
        handle(line);
        catchUp.showRestoring();
    }

    /** Ctrl-C at the prompt while the start runs: stops the step running and the catching up. */
    private void stopStart() {
        catchUp.cancel();
        interrupt();
    }

    /** Whether {@code code} is finished Java; while the start runs (the session is busy), by its brackets. */
    boolean isComplete(String code) {
        return ahead.busy() ? JavaLineParser.balanced(code) : session.isComplete(code);
    }

    /** Handles one input: a command, an empty line (next), or Java. Never throws. */
    void handle(String line) {
        safely(() -> {
            String text = line.strip();
            if (text.isEmpty()) {
                command("next");
            } else if (text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/*")) {
                command(text.substring(1));
            } else {
                java(line);
            }
        });
    }

    /** Runs {@code action}; a failure is one line saying what went wrong, and the shell goes on. */
    private void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            notebook.error(failure(e));
        }
    }

    /** The one line a failure is shown as: what went wrong, and that the shell goes on. */
    static String failure(RuntimeException e) {
        return "That did not work: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + ". The shell and your work are fine; carry on, or type /help.";
    }

    private void command(String text) {
        String[] parts = text.split("\\s+", 2);
        CommandTable.Lookup found = commands.lookup(parts[0]);
        if (found instanceof CommandTable.Lookup.Found f) {
            f.command().action().run(parts.length > 1 ? parts[1].strip() : "");
        } else {
            notebook.error(CommandTable.explain(found));
        }
    }

    private void java(String code) {
        CellResult result = session.run(code, Origin.INPUT, notebook.sink());
        notebook.typed(result);
        String word = code.strip().replaceFirst(";$", "");
        if (!result.ok() && word.matches("[a-z]+")
                && commands.lookup(word) instanceof CommandTable.Lookup.Found f) {
            notebook.note("Commands start with a slash: /" + f.command().name() + ".");
        }
    }

    /** Tab completion: command names after a slash, Java from the session otherwise. */
    Completions complete(String buffer, int cursor) {
        if (ahead.busy()) {
            return new Completions(List.of(), cursor); // the session is busy starting
        }
        String before = buffer.substring(0, cursor);
        if (before.stripLeading().startsWith("/") && !before.contains(" ")) {
            String typed = before.stripLeading().substring(1);
            List<String> names = new ArrayList<>();
            commands.all().forEach(c -> c.names().stream().filter(n -> n.startsWith(typed))
                    .forEach(n -> names.add("/" + n)));
            return new Completions(names, before.indexOf('/'));
        }
        return session.complete(buffer, cursor);
    }
}
