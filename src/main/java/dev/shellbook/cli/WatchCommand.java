package dev.shellbook.cli;

import dev.shellbook.shell.Startup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code shellbook watch [lesson]}: the shell at the current exercise, checking it at every save of its file. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Open the shell at your current exercise and check it every time you save its file, in any"
                + " editor (like rustlings watch).", "Press Enter, Ctrl-C or type a command to stop watching; you"
                + " are then in the shell as usual."})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    CourseOptions course = new CourseOptions();

    @Parameters(arity = "0..1", paramLabel = "<lesson>",
            description = "Lesson to watch: its number (3) or part of its name (softmax); default: where you are.")
    String lesson;

    @Override
    public Integer call() {
        new Startup(course.setup(), lesson, true).run();
        return 0;
    }
}
