package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.util.List;
import java.util.function.BiFunction;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the progress table: one row per exercise, in lesson order, its last-result column cut so the printed
 * table fits a terminal's width. An exercise the learner went past without solving it reads {@code skipped}.
 */
final class ProgressTable {
    /** The narrowest the last-result column gets, however narrow the terminal. */
    private static final int MIN_RESULT = 12;

    private ProgressTable() {}

    /** Columns left out, in this order, when the table is too wide even with the last result cut short. */
    private static final List<String> OPTIONAL = List.of("when", "hints", "checks");

    /**
     * The table; {@code width} is the terminal's, or 0 for no limit; {@code position} may be null. When it is too
     * wide, the last results are cut first (to {@value #MIN_RESULT} characters at least), then the columns
     * {@code when}, {@code hints} and {@code checks} are left out.
     */
    static Table of(List<Lesson> lessons, BiFunction<String, String, ExerciseProgress> progress, Position position,
                    int width) {
        int longest = Math.max(MIN_RESULT, lessons.stream().flatMap(l -> l.exercises().stream()
                .map(e -> progress.apply(l.id(), e.id()))).mapToInt(p -> p.lastResult().length()).max().orElse(0));
        Table table = build(lessons, progress, position, longest);
        for (int dropped = 0; width > 0 && dropped <= OPTIONAL.size(); dropped++) {
            table = build(lessons, progress, position, longest).removeColumns(OPTIONAL.subList(0, dropped)
                    .toArray(String[]::new));
            int over = printedWidth(table) - width;
            if (over <= longest - MIN_RESULT || dropped == OPTIONAL.size()) {
                return over <= 0 ? table : build(lessons, progress, position, Math.max(MIN_RESULT, longest - over))
                        .removeColumns(OPTIONAL.subList(0, dropped).toArray(String[]::new));
            }
        }
        return table;
    }

    private static Table build(List<Lesson> lessons, BiFunction<String, String, ExerciseProgress> progress,
                               Position position, int resultWidth) {
        StringColumn lesson = StringColumn.create("lesson");
        StringColumn exercise = StringColumn.create("exercise");
        StringColumn status = StringColumn.create("status");
        IntColumn attempts = IntColumn.create("checks");
        StringColumn hints = StringColumn.create("hints");
        StringColumn last = StringColumn.create("last result");
        StringColumn when = StringColumn.create("when");
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            for (Exercise e : l.exercises()) {
                ExerciseProgress p = progress.apply(l.id(), e.id());
                lesson.append(l.id());
                exercise.append(e.id());
                status.append(status(p, !p.passed() && past(lessons, i, l, e, position)));
                attempts.append(p.attempts());
                hints.append(p.hintsShown() + "/" + e.hints().size());
                last.append(cut(p.lastResult(), resultWidth));
                when.append(Progress.when(p.time()));
            }
        }
        return Table.create("Progress", lesson, exercise, status, attempts, hints, last, when);
    }

    /** {@code ✓ done}, {@code ✗ trying}, {@code → skipped} or {@code · not started}. */
    private static String status(ExerciseProgress p, boolean skipped) {
        return p.passed() ? "✓ done" : skipped ? "→ skipped" : p.attempts() > 0 ? "✗ trying" : "· not started";
    }

    /** {@code true} when the learner's place is after exercise {@code e} of lesson {@code at}. */
    private static boolean past(List<Lesson> lessons, int at, Lesson lesson, Exercise e, Position position) {
        if (position == null) {
            return false;
        }
        int here = lessons.stream().map(Lesson::id).toList().indexOf(position.lessonId());
        int step = lesson.exerciseStep(e.id()).map(s -> s.number()).orElse(Integer.MAX_VALUE);
        return here > at || here == at && position.step() > step;
    }

    private static int printedWidth(Table table) {
        return table.printAll().lines().mapToInt(String::length).max().orElse(0);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
