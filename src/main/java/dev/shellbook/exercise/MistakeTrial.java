package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckFailed.Kind;
import dev.shellbook.exercise.CheckResult.Outcome;
import dev.shellbook.exercise.CheckResult.Signature;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.session.SnippetResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a listed mistake gives when run against its exercise's checks: it must fail one, and the first it fails
 * is its {@link Signature}. {@link #blame} asks whether a later check would have named the fault better, so that
 * verify can report a misleading order.
 *
 * @param mistake the mistake
 * @param result  its check result
 * @param better  a later check that fails too with a {@link #BLAMING} kind when the first failure is not one
 */
record MistakeTrial(MistakeCase mistake, CheckResult result, Optional<Signature> better) {
    /** Kinds that say what is wrong, not only that a value differs: a check of one of these should come first. */
    static final Set<Kind> BLAMING = EnumSet.of(Kind.INPUT_CHANGED, Kind.UNCHANGED, Kind.WRONG_DIRECTION, Kind.SHAPE,
            Kind.NULL);

    /** {@code true} when a check failed (or the code threw while checked): the mistake was caught. */
    boolean caught() {
        return result.signature() != null;
    }

    /** {@code true} when the first failure already says what is wrong (or nothing failed). */
    static boolean blames(CheckResult r) {
        return r.outcome() != Outcome.CHECK_FAILED || BLAMING.contains(r.detail().kind());
    }

    /**
     * The first later check that fails with a blaming kind when {@code first} failed with another kind: the failing
     * check is blanked out (line for line, so places stay right) and the checks run again ({@code recheck} runs
     * the mistake against the given check code), at most once per check line. Empty when none does.
     */
    static Optional<Signature> blame(Exercise e, CheckResult first, Function<String, CheckResult> recheck) {
        if (first.outcome() != Outcome.CHECK_FAILED || blames(first)) {
            return Optional.empty();
        }
        String checks = e.checkCode();
        CheckResult r = first;
        for (int round = 0; round < checks.split("\n", -1).length && r.outcome() == Outcome.CHECK_FAILED; round++) {
            if (round > 0 && blames(r)) {
                return Optional.of(r.signature());
            }
            Optional<String> fewer = without(checks, e.checkLine(), Checker.failure(r));
            if (fewer.isEmpty()) {
                return Optional.empty();
            }
            checks = fewer.get();
            r = recheck.apply(checks);
        }
        return Optional.empty();
    }

    /** {@code checks} (starting at {@code line}) with the snippet {@code f} blanked out; empty if not placed. */
    private static Optional<String> without(String checks, int line, SnippetResult f) {
        String[] lines = checks.split("\n", -1);
        int from = f == null ? -1 : f.line() - line;
        int n = f == null ? 0 : (int) f.source().strip().lines().count();
        if (from < 0 || from + n > lines.length) {
            return Optional.empty();
        }
        Arrays.fill(lines, from, from + n, "");
        return Optional.of(String.join("\n", lines));
    }
}
