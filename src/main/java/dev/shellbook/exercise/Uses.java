package dev.shellbook.exercise;

import dev.shellbook.lesson.Step;
import dev.shellbook.lesson.Use;
import dev.shellbook.session.CellResult;
import dev.shellbook.session.Origin;
import dev.shellbook.session.OutputSink;
import dev.shellbook.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Defines a step's {@code //USES} exercises of earlier lessons in a session before the step runs. Which code
 * ({@link UsedCode}: the learner's solved copy, else the reference) is decided there; this runs it, and when the
 * learner's copy does not run any more (edited after it was solved) defines the reference instead and says why.
 * The shell and {@code run} use the learner's copies; {@code verify}, {@code render} and {@code run --reference}
 * the references ({@link #references()}). The used lesson is found next to the using lesson's file.
 */
public final class Uses {
    private final Workbook workbook;
    private final Progress progress;

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
        Path dir = step.file().toAbsolutePath().getParent();
        List<UsedCode> references = UsedCode.references(step, dir);
        List<Defined> out = new ArrayList<>();
        for (UsedCode u : UsedCode.of(step, dir, workbook, progress)) {
            CellResult r = run(session, u);
            UsedCode reference = references.stream().filter(x -> x.use().equals(u.use())).findFirst().orElseThrow();
            if (r.ok() || !u.learners()) {
                out.add(new Defined(u.use(), u.learners(), r.ok(), r.ok() ? u.message()
                        : "cannot use " + u.use() + ": its reference fails: " + r.message()));
            } else {
                CellResult again = run(session, reference);
                out.add(new Defined(u.use(), false, again.ok(), again.ok() ? reference.message() + " (yours in "
                        + u.file() + " does not run now: " + r.message() + ")"
                        : "cannot use " + u.use() + ": its reference fails: " + again.message()));
            }
        }
        return out;
    }

    private static CellResult run(Session session, UsedCode u) {
        return session.run(u.code(), new Origin(u.file(), u.line()), OutputSink.DISCARD);
    }
}
