package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Step;
import dev.shellbook.lesson.Use;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines a step's {@code //USES} exercises of earlier lessons before the step runs: the learner's own solved copy
 * from the workbook when their progress says it is solved, else the reference solution. The shell and
 * {@code run} use the learner's copies; {@code verify}, {@code render} and {@code run --reference} use the
 * references ({@link #references()}). The used lesson is found next to the using lesson's file.
 */
public final class Uses {
    private final Workbook workbook;
    private final Progress progress;
    private final Map<Path, Lesson> parsed = new ConcurrentHashMap<>();

    private Uses(Workbook workbook, Progress progress) {
        this.workbook = workbook;
        this.progress = progress;
    }

    /** The references only. */
    public static Uses references() {
        return new Uses(null, null);
    }

    /** The learner's solved copies where there are some, the references elsewhere. */
    public static Uses learners(Workbook workbook, Progress progress) {
        return new Uses(workbook, progress);
    }

    /**
     * What defining one {@code //USES} gave.
     *
     * @param use    the directive
     * @param yours  {@code true} when the learner's copy was defined
     * @param ok     {@code false} when nothing could be defined ({@code notice} says why)
     * @param notice one line for the learner: {@code using your softmax from lesson 2}
     */
    public record Defined(Use use, boolean yours, boolean ok, String notice) {}

    /** Defines each of {@code step}'s uses in {@code session}, in order, quietly; one result per use. */
    public List<Defined> define(Session session, Step step) {
        List<Defined> out = new ArrayList<>();
        for (Use use : step.uses()) {
            out.add(define(session, step, use));
        }
        return out;
    }

    private Defined define(Session session, Step step, Use use) {
        Path file = step.file().resolveSibling(use.lessonId() + ".jsh");
        if (!Files.isRegularFile(file)) {
            return new Defined(use, false, false, "cannot use " + use + ": there is no " + file + ".");
        }
        Lesson lesson = parsed.computeIfAbsent(file, LessonParser::parse);
        Exercise e = lesson.exercises().stream().filter(x -> x.id().equals(use.exerciseId())).findFirst().orElse(null);
        if (e == null) {
            return new Defined(use, false, false, "cannot use " + use + ": " + lesson.id() + " has no exercise "
                    + use.exerciseId() + ".");
        }
        String from = e.id() + " from lesson " + (lesson.number() > 0 ? lesson.number() : lesson.id());
        if (workbook != null && progress.get(lesson, e).passed() && workbook.started(lesson, e)) {
            CellResult mine = session.run(workbook.code(lesson, e), new Origin(workbook.fileFor(lesson, e), 1),
                    OutputSink.DISCARD);
            if (mine.ok()) {
                return new Defined(use, true, true, "using your " + from);
            }
            return reference(session, lesson, e, use, "using the reference " + from + " (yours in "
                    + workbook.fileFor(lesson, e) + " does not run now: " + mine.message() + ")");
        }
        return reference(session, lesson, e, use, "using the reference " + from
                + (workbook == null ? "" : " (yours is not solved yet)"));
    }

    private static Defined reference(Session session, Lesson lesson, Exercise e, Use use, String notice) {
        CellResult r = session.run(e.referenceCode(), new Origin(lesson.file(), e.codeLine()), OutputSink.DISCARD);
        return r.ok() ? new Defined(use, false, true, notice)
                : new Defined(use, false, false, "cannot use " + use + ": its reference fails: " + r.message());
    }
}
