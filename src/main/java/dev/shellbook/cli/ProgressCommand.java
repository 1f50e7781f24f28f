package dev.shellbook.cli;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.Lessons;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shellbook progress}: the learner's progress across all lessons, as a table. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show your progress: every exercise of every lesson, done or not, with checks and hints.")
public final class ProgressCommand implements Callable<Integer> {
    @Mixin
    Options.Lessons lessonsDir = new Options.Lessons();

    @Mixin
    Options.Work work = new Options.Work();

    @Option(names = "--width", paramLabel = "<columns>", defaultValue = "${env:COLUMNS:-0}",
            description = "Fit the table to this many columns, cutting the last results first (default: the "
                    + "terminal's width; no limit in a pipe).")
    int width;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lessons.Loaded loaded;
        try {
            loaded = Lessons.load(lessonsDir.lessons);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        loaded.problems().forEach(e -> err.println("skipped " + e.getMessage()));
        List<Lesson> lessons = loaded.lessons();
        Progress progress = Progress.load(work.work);
        progress.warning().ifPresent(err::println);
        out.println(progress.toTable(lessons, Math.max(0, width)).printAll());
        out.println(summary(progress, lessons));
        out.flush();
        err.flush();
        return 0;
    }

    /** {@code Done: 3 of 16 exercises. You were at 03-softmax-regression, step 4: type ./shellbook to go on.} */
    static String summary(Progress progress, List<Lesson> lessons) {
        int total = lessons.stream().mapToInt(l -> l.exercises().size()).sum();
        String done = "Done: " + progress.done(lessons) + " of " + total + " exercises.";
        return progress.position()
                .map(p -> done + " You were at " + p.lessonId() + ", step " + p.step() + ": type ./shellbook to go on.")
                .orElse(done + " Type ./shellbook to start.");
    }
}
