package dev.shellbook.cli;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonFormatException;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code shellbook progress}: the learner's progress across all lessons, as a table. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show your progress: every exercise of every lesson, done or not, with checks and hints.")
public final class ProgressCommand implements Callable<Integer> {
    @Mixin
    Options.Lessons lessonsDir = new Options.Lessons();

    @Mixin
    Options.Work work = new Options.Work();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Lesson> lessons = new ArrayList<>();
        try {
            for (Path file : Lessons.files(lessonsDir.dir)) {
                parse(file, lessons, err);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        Progress progress = Progress.load(work.dir);
        progress.warning().ifPresent(err::println);
        out.println(progress.toTable(lessons).printAll());
        out.println(summary(progress, lessons));
        out.flush();
        err.flush();
        return 0;
    }

    private static void parse(Path file, List<Lesson> lessons, PrintWriter err) {
        try {
            lessons.add(LessonParser.parse(file));
        } catch (LessonFormatException e) {
            err.println("skipped " + file + ": " + e.getMessage());
        }
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
