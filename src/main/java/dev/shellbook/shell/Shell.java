package dev.shellbook.shell;

import dev.shellbook.exercise.MistakeBook;
import dev.shellbook.exercise.Progress;
import dev.shellbook.exercise.Workbook;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Completions;
import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The read-eval loop: commands ({@code /next}, {@code /check}, …) go to the command table, everything else is
 * Java run in the lesson's live session. Nothing typed here ends the shell but {@code /quit} and Ctrl-D.
 */
public final class Shell {
    private final Session session;
    private final LineInput input;
    private final Notebook notebook;
    private final Progress progress;
    private final Path lessonsDir;
    private final ExerciseDesk desk;
    private final Stepper stepper;
    private final CommandTable commands;
    private boolean done;

    /** A shell over a started session; the caller owns (and closes) the session and the input. */
    public Shell(Session session, LineInput input, CourseOptions course, Progress progress) {
        this.session = session;
        this.input = input;
        this.notebook = new Notebook(input.writer(), input.style(), input.width());
        this.progress = progress;
        this.lessonsDir = course.lessons();
        this.desk = new ExerciseDesk(session, notebook, progress, new Workbook(course.work()),
                course.instructor());
        desk.mistakes(new MistakeBook(course.work(), course.sessionFor("mistakes", true)));
        this.stepper = new Stepper(session, notebook, progress, desk);
        this.commands = ShellCommands.table(new ShellCommands(this, stepper, desk, notebook));
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

    /** Same, when {@link #preview} showed the step's prose already. */
    public void run(Lesson lesson, int step, boolean previewed) {
        start(lesson, step, previewed);
        loop();
    }

    /**
     * The first screen straight from the lesson file (no parser, no session needed), so the learner reads at
     * once; {@code true} when it was shown.
     */
    static boolean preview(Notebook notebook, Path file, String id, int step) {
        return LessonPreview.read(file, step).map(p -> {
            if (step <= 1) {
                notebook.lesson(p.title(), id, p.steps(), p.intro());
            } else {
                notebook.note(welcome(id, p.title(), step, p.steps()));
            }
            notebook.step(step, p.steps(), p.stepTitle(), p.exercise(), p.prose());
            return true;
        }).orElse(false);
    }

    private static String welcome(String id, String title, int step, int steps) {
        return "Welcome back to " + id + " (" + title + "), step " + step + " of " + steps
                + ". /list shows the steps, /help the commands.";
    }

    /** Shows the lesson at {@code step} and runs it. */
    public void start(Lesson lesson, int step, boolean previewed) {
        stepper.open(lesson);
        int at = Math.max(1, Math.min(step, lesson.steps().size()));
        if (previewed) {
            stepper.go(at, true);
            return;
        }
        if (step <= 1) {
            notebook.lesson(lesson);
        } else {
            notebook.note(welcome(lesson.id(), lesson.title(), at, lesson.steps().size()));
        }
        stepper.go(at);
    }

    /** Reads and handles input until {@code /quit}, Ctrl-D or the end of the input. */
    public void loop() {
        while (!done) {
            String line;
            try {
                line = input.read(prompt());
            } catch (LineInput.Interrupted e) {
                continue;
            }
            if (line == null) {
                quit();
            } else {
                handle(line);
            }
        }
    }

    /** The prompt: where the learner is, {@code 02 softmax 3/9> }. */
    String prompt() {
        Lesson l = stepper.lesson();
        String name = l.id().replaceFirst("^\\d+-?", "");
        String number = l.number() > 0 ? String.format(Locale.ROOT, "%02d ", l.number()) : "";
        return number + (name.isEmpty() ? l.id() : name) + " " + stepper.current() + "/" + l.steps().size() + "> ";
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

    /** Opens another lesson in a fresh session, at its first step. */
    void switchTo(Lesson lesson) {
        stepper.open(lesson);
        freshSession();
        notebook.blank();
        notebook.lesson(lesson);
        stepper.go(1);
    }

    /** A new execution JVM for the current lesson: nothing defined, nothing ran. */
    void freshSession() {
        session.reset();
        session.setProperty("shellbook.lesson", stepper.lesson().id());
        stepper.forgetRuns();
    }

    /** The lessons in the lessons folder, parsed; a malformed one is reported and left out. */
    List<Lesson> lessons() {
        List<Lesson> all = new ArrayList<>();
        for (Path file : Lessons.files(lessonsDir)) {
            try {
                all.add(LessonParser.parse(file));
            } catch (RuntimeException e) {
                notebook.error("Skipping " + file + ": " + e.getMessage());
            }
        }
        return all;
    }

    Path lessonsDir() {
        return lessonsDir;
    }

    Progress progress() {
        return progress;
    }

    Session session() {
        return session;
    }

    LineInput input() {
        return input;
    }

    /** Ends the loop, saying where the learner's place is kept. */
    void quit() {
        Lesson l = stepper.lesson();
        notebook.line("");
        notebook.line("Your place is saved: " + l.id() + ", step " + stepper.current() + " of " + l.steps().size()
                + ". Type ./shellbook to carry on from there. Bye!");
        done = true;
    }
}
