package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import dev.shellbook.session.SnippetResult;
import java.nio.file.Path;

/**
 * Runs an exercise's checks against the learner's code in the learner's live session: first the learner's code
 * (so its declarations replace the earlier ones; messages name their work file and line), then the lesson's
 * check code (messages name the lesson file). The result is one line of learner text ({@link Feedback}).
 */
public final class Checker {
    private Checker() {}

    /** Checks {@code code} (the learner's copy, read from {@code codeFile}); output is captured, not shown. */
    public static CheckResult check(Session session, Lesson lesson, Exercise exercise, String code, Path codeFile) {
        return check(session, lesson, exercise, code, new Origin(codeFile, 1), OutputSink.DISCARD);
    }

    /** Checks {@code code}, streaming what it prints to {@code sink}. */
    public static CheckResult check(Session session, Lesson lesson, Exercise exercise, String code, Path codeFile,
                                    OutputSink sink) {
        return check(session, lesson, exercise, code, new Origin(codeFile, 1), sink);
    }

    /** Checks {@code code} whose first line is at {@code origin} (the verifier runs lesson code in place). */
    static CheckResult check(Session session, Lesson lesson, Exercise exercise, String code, Origin origin,
                             OutputSink sink) {
        return check(session, lesson, exercise, code, origin, exercise.checkCode(), sink);
    }

    /** Checks {@code code} against {@code checkCode} (the exercise's checks, maybe with some blanked out). */
    static CheckResult check(Session session, Lesson lesson, Exercise exercise, String code, Origin origin,
                             String checkCode, OutputSink sink) {
        if (!exercise.hasChecks()) {
            return Feedback.noChecks(lesson, exercise, origin.file());
        }
        CellResult mine = session.run(code, origin, sink);
        if (!mine.ok()) {
            return Feedback.ofCode(exercise, origin.file(), mine);
        }
        CellResult checks = session.run(checkCode, new Origin(lesson.file(), exercise.checkLine()), sink);
        return checks.ok() ? Feedback.passed(exercise, origin.file(), checks)
                : Feedback.ofChecks(exercise, origin.file(), mine, checks);
    }

    /**
     * The whole {@code /check}: reads the learner's copy from the workbook (creating it from the blank if needed),
     * checks it, and records the result in {@code progress} (saved at once). The try that reaches
     * {@value Solutions#TRIES} says once that {@code /solution} is open. Checking an untouched blank ("not done
     * yet") is not counted as a try, so the solution cannot be had by typing /check three times; nor is a check
     * after the exercise is solved.
     */
    public static CheckResult checkWork(Session session, Workbook workbook, Progress progress, Lesson lesson,
                                        Exercise exercise, OutputSink sink) {
        return checkWork(session, workbook, progress, null, lesson, exercise, sink);
    }

    /**
     * {@link #checkWork(Session, Workbook, Progress, Lesson, Exercise, OutputSink)}, and when the failure has the
     * signature of exactly one mistake in {@code mistakes} (may be null), the result names that mistake.
     */
    public static CheckResult checkWork(Session session, Workbook workbook, Progress progress, MistakeBook mistakes,
                                        Lesson lesson, Exercise exercise, OutputSink sink) {
        String code = workbook.code(lesson, exercise);
        CheckResult checked = check(session, lesson, exercise, code, workbook.fileFor(lesson, exercise), sink);
        CheckResult result = mistakes == null ? checked
                : mistakes.explain(lesson, exercise, checked).map(checked::explainedBy).orElse(checked);
        if (result.outcome() == Outcome.NOT_DONE) {
            return result;
        }
        ExerciseProgress before = progress.get(lesson.id(), exercise.id());
        ExerciseProgress after = progress.recordCheck(lesson.id(), exercise.id(), result.passed(), result.gist());
        boolean opens = !after.passed() && before.attempts() < Solutions.TRIES && after.attempts() >= Solutions.TRIES;
        return result.counted(after.attempts(), opens);
    }

    /** The snippet that failed, for callers that want its details (diagnostics, stack excerpt). */
    public static SnippetResult failure(CheckResult result) {
        return result.cell().failure().orElse(null);
    }
}
