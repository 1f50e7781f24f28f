package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.util.List;
import java.util.function.BiFunction;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the progress table: one row per exercise, in lesson order. */
final class ProgressTable {
    private static final int RESULT_WIDTH = 48;

    private ProgressTable() {}

    static Table of(List<Lesson> lessons, BiFunction<String, String, ExerciseProgress> progress) {
        StringColumn lesson = StringColumn.create("lesson");
        StringColumn exercise = StringColumn.create("exercise");
        StringColumn status = StringColumn.create("status");
        IntColumn attempts = IntColumn.create("checks");
        StringColumn hints = StringColumn.create("hints");
        StringColumn last = StringColumn.create("last result");
        StringColumn when = StringColumn.create("when");
        for (Lesson l : lessons) {
            for (Exercise e : l.exercises()) {
                ExerciseProgress p = progress.apply(l.id(), e.id());
                lesson.append(l.id());
                exercise.append(e.id());
                status.append(mark(p) + " " + p.status());
                attempts.append(p.attempts());
                hints.append(p.hintsShown() + "/" + e.hints().size());
                last.append(shorten(p.lastResult()));
                when.append(Progress.when(p.time()));
            }
        }
        return Table.create("Progress", lesson, exercise, status, attempts, hints, last, when);
    }

    private static String mark(ExerciseProgress p) {
        return p.passed() ? "✓" : p.attempts() > 0 ? "✗" : "·";
    }

    private static String shorten(String s) {
        String line = s.replace(Feedback.NUDGE, "").replaceFirst(" After \\d+ tries, /solution .*$", "")
                .replaceFirst("^\\s*[✓✗] [a-z0-9-]+: ", "").strip()
                .replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= RESULT_WIDTH ? line : line.substring(0, RESULT_WIDTH - 1) + "…";
    }
}
