package dev.shellbook.shell;

import dev.shellbook.exercise.MistakeBook;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Completions;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
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

    /** A shell over a started session; the caller owns (and closes) the session and the input. */
    public Shell(Session session, LineInput input, Setup setup, Progress progress) {
        this.session = session;
        this.input = input;
        this.notebook = new Notebook(input.writer(), input.style(), input.width());
        ExerciseDesk desk = new ExerciseDesk(session, notebook, progress, new Workbook(setup.work()),
                setup.instructor());
        desk.mistakes(new MistakeBook(setup.work(), setup.sessionFor("mistakes", true)));
        this.stepper = new Stepper(session, notebook, progress, desk);
        this.navigator = new Navigator(session, notebook, progress, setup.lessons(), stepper);
        this.commands = ShellCommands.table(new ShellCommands(navigator, desk, notebook, new Editing(input, notebook),
                input, this::handle));
        progress.warning().ifPresent(notebook::error);
        input.onInterrupt(this::interrupt);
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
        start(lesson, step, previewed);
        if (first != null) {
            handle(first);
        }
        loop();
    }

    /**
     * A lesson's first screen: its title and introduction (or, past step 1, a welcome back), then the step's rule
     * and prose. It needs no session, so it can be printed before one has started.
     */
    static void firstScreen(Notebook notebook, Lesson lesson, int step) {
        int at = within(lesson, step);
        if (at <= 1) {
            notebook.lesson(lesson);
        } else {
            notebook.note("Welcome back to " + lesson.id() + " (" + lesson.title() + "), step " + at + " of "
                    + lesson.steps().size() + ". /list shows the steps, /help the commands.");
        }
        notebook.step(lesson, lesson.step(at));
    }

    private static int within(Lesson lesson, int step) {
        return Math.max(1, Math.min(step, lesson.steps().size()));
    }

    /** Shows the lesson at {@code step} (unless {@code previewed}: its first screen is shown) and runs it. */
    public void start(Lesson lesson, int step, boolean previewed) {
        stepper.open(lesson);
        if (!previewed) {
            firstScreen(notebook, lesson, step);
        }
        stepper.go(within(lesson, step), true);
    }

    /** Reads and handles input until {@code /quit}, Ctrl-D or the end of the input. */
    public void loop() {
        while (!navigator.quit()) {
            String line;
            try {
                line = input.read(navigator.prompt());
            } catch (LineInput.Interrupted e) {
                continue;
            }
            if (line == null) {
                navigator.leave();
            } else {
                handle(line);
            }
        }
    }

    /** Handles one input: a command, an empty line (next), or Java. Never throws. */
    void handle(String line) {
        try {
            String text = line.strip();
            if (text.isEmpty()) {
                command("next");
            } else if (text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/*")) {
                command(text.substring(1));
            } else {
                java(line);
            }
        } catch (RuntimeException e) {
            notebook.error("That did not work: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ". The shell and your work are fine; carry on, or type /help.");
        }
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
