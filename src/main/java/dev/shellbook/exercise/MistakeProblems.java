package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.Signature;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.util.ArrayList;
import java.util.List;

/**
 * What verify says about an exercise's mistakes: a mistake that passes is a weak check (reported at its
 * {@code //MISTAKE} line); one that does not run proves nothing; and a first failure that only says "a value
 * differs" while a later check names the fault is a misleading order (reported at the first failing check).
 */
final class MistakeProblems {
    private MistakeProblems() {}

    static List<Problem> of(Lesson lesson, Exercise e, List<MistakeTrial> trials) {
        List<Problem> problems = new ArrayList<>();
        for (MistakeTrial t : trials) {
            MistakeCase m = t.mistake();
            CheckResult r = t.result();
            if (r.passed()) {
                problems.add(new Problem(lesson.file(), m.line(), e.id(), "mistake " + m.name() + " passes every"
                        + " check, so the checks cannot tell it from the answer. Give the checks an input it gets"
                        + " wrong (a row whose max is not first, a non-square shape, a tie, an extreme value, an"
                        + " input the answer must not change)."));
            } else if (!t.caught()) {
                problems.add(new Problem(lesson.file(), m.line(), e.id(), "mistake " + m.name() + " does not run"
                        + " as a wrong answer (" + r.gist() + "), so it proves nothing. Write it as code that"
                        + " compiles and runs."));
            } else {
                t.better().ifPresent(b -> problems.add(misleading(lesson, e, t, b)));
            }
        }
        return problems;
    }

    private static Problem misleading(Lesson lesson, Exercise e, MistakeTrial t, Signature better) {
        Signature first = t.result().signature();
        return new Problem(lesson.file(), first.checkLine(), e.id(), "this check blames the wrong thing for"
                + " mistake " + t.mistake().name() + ": it says " + t.result().gist() + " (" + first.kind()
                + "), but the check at line " + better.checkLine() + " fails too and names the fault ("
                + better.kind() + "). Move that check before this one.");
    }

    /** The proof for the report: each mistake's signature and what its first failing check said. */
    static ExerciseProof proof(Exercise e, List<MistakeTrial> trials) {
        return new ExerciseProof(e.id(), trials.stream().map(t -> new ExerciseProof.Trial(t.mistake().name(),
                t.mistake().line(), t.caught() ? t.result().signature() : null, t.result().gist())).toList());
    }

    /** The log line of one mistake: {@code first-entry: caught at line 112, NAN: softmax(…)[0,0] is NaN, …}. */
    static String line(MistakeTrial t) {
        String gist = t.result().gist();
        if (!t.caught()) {
            return t.mistake().name() + ": NOT caught: " + gist;
        }
        Signature s = t.result().signature();
        String where = s.checkLine() == 0 ? "in the exercise's own code" : "at line " + s.checkLine();
        return t.mistake().name() + ": caught " + where + (gist.startsWith(s.kind()) ? "" : ", " + s.kind())
                + (s.at().isEmpty() ? "" : " at " + s.at()) + ": " + gist;
    }
}
