package dev.shellbook.cli;

import dev.shellbook.shell.Startup;
import java.util.concurrent.Callable;
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

    ShellCommand(CourseOptions course, String lesson) {
        this.course = course;
        this.lesson = lesson;
    }

    @Override
    public Integer call() {
        new Startup(course.setup(), lesson).run();
        return 0;
    }
}
