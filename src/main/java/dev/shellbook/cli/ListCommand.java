package dev.shellbook.cli;

import dev.shellbook.exercise.Position;
import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shellbook list}: the lessons with their step and exercise counts, and progress if any. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the lessons with their steps, exercises and your progress.")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    CourseOptions course = new CourseOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return print(out) ? 0 : 1;
    }

    /** Prints the list; {@code false} if a lesson file is malformed (it is listed with its error). */
    boolean print(PrintWriter out) {
        Progress progress = Progress.load(course.work.dir);
        progress.warning().ifPresent(out::println);
        Optional<Position> here = progress.position();
        boolean allGood = true;
        out.printf("%-28s %-40s %5s %9s  %s%n", "lesson", "title", "steps", "exercises", "done");
        for (Path file : Lessons.files(course.lessons.dir)) {
            try {
                out.println(row(LessonParser.parse(file), progress, here));
            } catch (RuntimeException e) {
                allGood = false;
                out.printf("%-28s cannot be read: %s%n", LessonParser.id(file), e.getMessage());
            }
        }
        out.println(here.map(p -> "You were at " + p.lessonId() + ", step " + p.step()
                + ". ./shellbook carries on there.").orElse("Start with ./shellbook (or ./shellbook <lesson>)."));
        return allGood;
    }

    private static String row(Lesson lesson, Progress progress, Optional<Position> here) {
        int exercises = lesson.exercises().size();
        String done = exercises == 0 ? "-" : progress.done(java.util.List.of(lesson)) + "/" + exercises;
        String mark = here.filter(p -> p.lessonId().equals(lesson.id()))
                .map(p -> "  ◀ step " + p.step()).orElse("");
        return String.format("%-28s %-40s %5d %9d  %s%s", lesson.id(), clip(lesson.title(), 40),
                lesson.steps().size(), exercises, done, mark);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
