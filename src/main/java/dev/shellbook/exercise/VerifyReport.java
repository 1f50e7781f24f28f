package dev.shellbook.exercise;

import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@code verify} found in all the lessons it ran.
 *
 * @param lessons one report per lesson, in the order run
 */
public record VerifyReport(List<LessonReport> lessons) {
    public VerifyReport {
        lessons = List.copyOf(lessons);
    }

    /** Every problem, lesson by lesson. */
    public List<Problem> problems() {
        return lessons.stream().flatMap(l -> l.problems().stream()).toList();
    }

    /** {@code true} when no lesson has a problem. */
    public boolean ok() {
        return lessons.stream().allMatch(LessonReport::ok);
    }

    /** Summary: lesson, exercises, ok, mistakes caught, problems, seconds. */
    public Table toTable() {
        StringColumn lesson = StringColumn.create("lesson");
        IntColumn exercises = IntColumn.create("exercises");
        IntColumn ok = IntColumn.create("exercises ok");
        StringColumn mistakes = StringColumn.create("mistakes caught");
        IntColumn problems = IntColumn.create("problems");
        StringColumn time = StringColumn.create("time");
        for (LessonReport r : lessons) {
            lesson.append(r.lessonId());
            exercises.append(r.exercises());
            ok.append(r.exercisesOk());
            mistakes.append(r.caught() + "/" + r.mistakes());
            problems.append(r.problems().size());
            time.append(String.format(Locale.ROOT, "%.1f s", r.time().toMillis() / 1000.0));
        }
        return Table.create("verify", lesson, exercises, ok, mistakes, problems, time);
    }
}
