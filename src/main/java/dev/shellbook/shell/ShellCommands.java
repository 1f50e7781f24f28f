package dev.shellbook.shell;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Step;
import dev.shellbook.session.Variable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What each shell command does ({@code /next} is {@link #cmdNext}, as in jshell's tool), and the table of commands
 * with their help texts. The learner's place is the {@link Navigator}, which the shell's loop holds too.
 */
final class ShellCommands {
    private final Navigator nav;
    private final Stepper stepper;
    private final ExerciseDesk desk;
    private final Notebook notebook;
    private final Editing editing;
    private final LineInput input;
    private final Consumer<String> handle;
    /** The learner was asked, at a lesson's last step, whether to open the next lesson: Enter says yes. */
    private boolean confirmedNext;

    /** {@code input} is the learner's (for /watch, which reads it itself); {@code handle} runs one input line. */
    ShellCommands(Navigator nav, ExerciseDesk desk, Notebook notebook, Editing editing, LineInput input,
                  Consumer<String> handle) {
        this.nav = nav;
        this.stepper = nav.stepper();
        this.desk = desk;
        this.notebook = notebook;
        this.editing = editing;
        this.input = input;
        this.handle = handle;
    }

    static CommandTable table(ShellCommands c) {
        CommandTable t = new CommandTable();
        t.add("next", "", "run the next step (Enter on an empty line does the same)",
                "Shows the next step's prose and code and runs it. From an exercise you have not solved yet, it"
                        + " explains your choices: /check, /hint or /skip.", c::cmdNext);
        t.add("back", "", "show the previous step again (without running it)",
                "Shows the previous step's prose and code. Its variables are still in the session; /run runs it"
                        + " again.", c::cmdBack);
        t.add(new Command("run", List.of("rerun"), "", "run the current step's code again",
                "Runs the current step's code again in the same session. On an exercise step it runs your code"
                        + " (without the checks; /check runs those).", c::cmdRun));
        t.add("goto", "<n>", "go to step n (running the steps before it that have not run)",
                "Goes to step n of this lesson. Steps before n that have not run in this session run first,"
                        + " quietly, so their variables exist.", c::cmdGoto);
        t.add("list", "", "list this lesson's steps", "Lists the steps: ▶ where you are, ✓ steps that have run,"
                + " and how your exercises stand.", c::cmdList);
        t.add("lessons", "[n]", "list the lessons, or switch to lesson n",
                "Without an argument, lists the lessons. With one (a number or part of a name), opens that lesson"
                        + " in a fresh session at its first step.", c::cmdLessons);
        t.add("hint", "", "show the next hint for this exercise", "Gives the exercise's hints one at a time,"
                + " from a gentle nudge to a specific pointer.", c::cmdHint);
        t.add("check", "", "run your exercise code and its checks", "Reads your file again (so edits made in"
                + " your own editor count), runs it and the checks, and records the result.", c::cmdCheck);
        t.add("edit", "", "edit your exercise code ($EDITOR, or a built-in editor)", "Opens your working copy"
                + " in $VISUAL or $EDITOR, or in the built-in Nano editor (Ctrl-O saves, Ctrl-X leaves). You can"
                + " also edit the file in any editor; /check reads it again.", c::cmdEdit);
        t.add("watch", "", "check your exercise every time you save its file", "Checks your exercise now and"
                + " again each time its file is saved, in any editor, showing the result at once. Press Enter,"
                + " Ctrl-C or type a command to stop.", c::cmdWatch);
        t.add("solution", "", "show the reference solution (after 3 checks)", "Shows the reference solution"
                + " once you have run /check 3 times or solved the exercise.",
                c::cmdSolution);
        t.add("skip", "", "go on past this exercise (the reference solution runs)", "Runs the reference"
                + " solution quietly, so that later steps work, and goes to the next step. Your file is kept;"
                + " come back with /goto.", c::cmdSkip);
        t.add(new Command("blank", List.of("reset-exercise"), "", "put the blank back in your exercise file",
                "Restores the exercise's starting code in your file. Your old code is kept next to it as .bak.",
                c::cmdBlank));
        t.add("progress", "", "show your exercises' progress", "Lists every exercise with its status, the"
                + " number of checks and the last result.", c::cmdProgress);
        t.add("reset", "", "start a fresh session and run the steps up to here again", "Starts a new session"
                + " (nothing in it), runs the steps before this one quietly, then this one.", c::cmdReset);
        t.add("vars", "", "list the variables in the session", "Lists the variables you and the lesson have"
                + " declared, with their types and short values.", c::cmdVars);
        t.add("help", "[command]", "list the commands, or explain one", "Without an argument, lists the"
                + " commands. /help goto explains one.", a -> c.cmdHelp(t, a));
        t.add(new Command("quit", List.of("exit"), "", "leave (your place is saved)", "Leaves the shell. Your place"
                + " and progress are saved; ./shellbook carries on where you were. Ctrl-D does the same.",
                c::cmdQuit));
        return t;
    }

    private Lesson lesson() {
        return stepper.lesson();
    }

    void cmdRun(String arg) {
        stepper.rerun();
    }

    void cmdHint(String arg) {
        onExercise(e -> desk.hint(lesson(), e));
    }

    void cmdSolution(String arg) {
        onExercise(e -> desk.solution(lesson(), e));
    }

    void cmdBlank(String arg) {
        onExercise(e -> desk.blank(lesson(), e));
    }

    void cmdQuit(String arg) {
        nav.leave();
    }

    void cmdNext(String arg) {
        boolean confirming = confirmedNext;
        confirmedNext = false;
        Step step = stepper.step();
        if (step.isExercise() && !desk.passed(lesson(), step) && !stepper.ran(step.number())) {
            notebook.line("You have not solved " + step.exercise().id() + " yet. Your choices:");
            notebook.line("  /check  test your code (edit it first with /edit or your editor)");
            notebook.line("  /hint   get a nudge");
            notebook.line("  /skip   go on; the reference solution runs so later steps work");
            return;
        }
        confirmedNext = confirming;
        forward();
    }

    private void forward() {
        if (stepper.current() < lesson().steps().size()) {
            stepper.go(stepper.current() + 1);
            return;
        }
        Optional<Lesson> next = nav.nextLesson();
        if (next.isPresent() && confirmedNext) {
            confirmedNext = false;
            nav.switchTo(next.get());
        } else if (next.isPresent()) {
            confirmedNext = true;
            notebook.good("✓ That was the last step of " + lesson().id() + ".");
            notebook.line("Press Enter again to open " + next.get().id() + " (" + next.get().title() + "). It starts"
                    + " a fresh session, so this lesson's variables will be gone; your place here is kept.");
        } else {
            notebook.good("✓ That was the last step of the last lesson. Well done! /progress shows your exercises.");
        }
    }

    void cmdBack(String arg) {
        if (stepper.current() <= 1) {
            notebook.note("This is the first step. /next goes on.");
            return;
        }
        stepper.look(stepper.current() - 1);
        notebook.note("(shown, not run: its variables are still here. /run runs it again.)");
    }

    void cmdGoto(String arg) {
        int n;
        try {
            n = Integer.parseInt(arg.strip());
        } catch (NumberFormatException e) {
            notebook.error("/goto needs a step number, like /goto 3. This lesson has steps 1–"
                    + lesson().steps().size() + "; /list shows them.");
            return;
        }
        if (n < 1 || n > lesson().steps().size()) {
            notebook.error("There is no step " + n + ": " + lesson().id() + " has steps 1–" + lesson().steps().size()
                    + ". /list shows them.");
            return;
        }
        stepper.go(n, false, true);
    }

    void cmdList(String arg) {
        notebook.line(notebook.style().bold(lesson().title()) + notebook.style().dim("  (" + lesson().id() + ")"));
        for (Step s : lesson().steps()) {
            String mark = s.number() == stepper.current() ? "▶" : stepper.ran(s.number()) ? "✓" : " ";
            String extra = s.isExercise() ? "  [exercise " + s.exercise().id() + ": "
                    + nav.progress().get(lesson().id(), s.exercise().id()).status() + "]" : "";
            notebook.line(String.format(" %s %2d  %s%s", mark, s.number(), s.title(), extra));
        }
    }

    void cmdLessons(String arg) {
        if (!arg.isBlank()) {
            nav.switchTo(arg.strip());
            return;
        }
        for (Lesson l : nav.lessons()) {
            String here = l.id().equals(lesson().id()) ? "  ◀ you are here" : "";
            notebook.line(String.format("  %-28s %s%s", l.id(), l.title(), here));
        }
        notebook.note("Type /lessons <n> to open one.");
    }

    void cmdCheck(String arg) {
        Step step = exerciseStep();
        if (step != null && desk.check(lesson(), step)) {
            stepper.markRan(step.number());
            notebook.note(stepper.current() < lesson().steps().size() ? "/next goes on." : "");
        }
    }

    void cmdWatch(String arg) {
        Step step = exerciseStep();
        if (step == null) {
            return;
        }
        String typed = desk.watch(lesson(), step, input);
        if (desk.passed(lesson(), step)) {
            stepper.markRan(step.number());
        }
        if (typed != null) {
            handle.accept(typed);
        }
    }

    void cmdSkip(String arg) {
        Step step = exerciseStep();
        if (step == null) {
            return;
        }
        if (desk.runReference(lesson(), step.exercise())) {
            stepper.markRan(step.number());
            notebook.note("Skipped " + step.exercise().id() + ": the reference solution is in the session."
                    + " Your file is kept; /goto " + step.number() + " comes back to it.");
            forward();
        }
    }

    void cmdEdit(String arg) {
        Step step = exerciseStep();
        if (step == null) {
            return;
        }
        if (editing.edit(desk.file(lesson(), step.exercise()))) {
            notebook.note("Checking your code…");
            cmdCheck("");
        }
    }

    void cmdProgress(String arg) {
        notebook.line(nav.progress().toTable(nav.lessons(), input.width()).printAll());
    }

    void cmdReset(String arg) {
        nav.freshSession();
        notebook.note("Fresh session started.");
        stepper.go(stepper.current());
    }

    void cmdVars(String arg) {
        Set<String> checks = desk.checkNames();
        List<Variable> vars = nav.session().variables().stream()
                .filter(v -> !v.name().startsWith("$") && !checks.contains(v.name())).toList();
        if (vars.isEmpty()) {
            notebook.note("No variables yet.");
        }
        vars.forEach(v -> notebook.line("  " + notebook.style().dim(v.type()) + " " + v.name() + " = " + v.value()));
    }

    void cmdHelp(CommandTable table, String arg) {
        if (!arg.isBlank()) {
            CommandTable.Lookup found = table.lookup(arg.strip().replaceFirst("^/", ""));
            if (found instanceof CommandTable.Lookup.Found f) {
                notebook.line(notebook.style().bold(f.command().usage()) + aliases(f.command()));
                notebook.line("  " + f.command().help());
            } else {
                notebook.error(CommandTable.explain(found));
            }
            return;
        }
        notebook.line("Commands (abbreviate them when unambiguous: /n, /ch):");
        int w = table.all().stream().mapToInt(c -> c.usage().length()).max().orElse(10);
        for (Command c : table.all()) {
            notebook.line("  " + notebook.style().bold(pad(c.usage(), w)) + "  " + c.summary());
        }
        notebook.line("Anything else you type is Java, run in the lesson's session: its variables are right there.");
        notebook.note("Tab completes, ↑ recalls earlier input, Ctrl-C stops running code, Ctrl-D leaves.");
    }

    private static String aliases(Command c) {
        return c.aliases().isEmpty() ? "" : "   (also /" + String.join(", /", c.aliases()) + ")";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private void onExercise(java.util.function.Consumer<Exercise> action) {
        Step step = exerciseStep();
        if (step != null) {
            action.accept(step.exercise());
        }
    }

    /** The current step if it is an exercise; otherwise says where the exercises are and returns null. */
    private Step exerciseStep() {
        Step step = stepper.step();
        if (step.isExercise()) {
            return step;
        }
        List<String> where = lesson().steps().stream().filter(Step::isExercise)
                .map(s -> s.number() + " (" + s.exercise().id() + ")").toList();
        notebook.error("Step " + step.number() + " is not an exercise. "
                + (where.isEmpty() ? "This lesson has none." : "Exercises here: step " + String.join(", step ", where)
                + "; /goto " + where.get(0).split(" ")[0] + " goes there."));
        return null;
    }
}
