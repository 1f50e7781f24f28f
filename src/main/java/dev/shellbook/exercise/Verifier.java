package dev.shellbook.exercise;

import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonFormatException;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Proves that lessons work and that their exercises check what they claim: for every lesson, in one session,
 * the plain steps run as written, and at each exercise the blank plus the checks must fail at least one check
 * and the reference solution plus the checks must pass them all (the blank first, then the reference, so later
 * steps see a working solution). Every exercise must also have a //TODO, a //HINT, a //SOLUTION and //CHECK code.
 *
 * <pre>
 * VerifyReport report = new Verifier(SessionOptions.defaults()).quick(true).verify(Lessons.files(dir));
 * </pre>
 */
public final class Verifier {
    private final SessionOptions base;
    private boolean quick;
    private Path outDir = Path.of("out");
    private Duration stepTimeout = Duration.ofMinutes(10);
    private PrintWriter log;
    private boolean showOutput;

    /** A verifier starting each lesson's session from {@code base} (class path, heap, extra properties). */
    public Verifier(SessionOptions base) {
        this.base = base.build();
    }

    /** Run lessons in quick mode ({@code shellbook.quick=true}: fewer samples and epochs). */
    public Verifier quick(boolean value) {
        this.quick = value;
        return this;
    }

    /** Where lessons save their charts ({@code shellbook.out}); default {@code out}. */
    public Verifier outDir(Path dir) {
        this.outDir = dir;
        return this;
    }

    /** Longest time one step or check may take before it is stopped and reported; default 10 minutes. */
    public Verifier stepTimeout(Duration timeout) {
        this.stepTimeout = timeout;
        return this;
    }

    /** Where to print one line per step and exercise as they are verified; {@code null} for silence. */
    public Verifier log(PrintWriter out) {
        this.log = out;
        return this;
    }

    /** Also print what the lessons print (to the log). */
    public Verifier showOutput(boolean value) {
        this.showOutput = value;
        return this;
    }

    /**
     * Verifies each lesson file in turn, one fresh session per lesson; the next lesson's session starts while
     * this one runs, so its JVM start-up is not waited for.
     */
    public VerifyReport verify(List<Path> lessonFiles) {
        List<LessonReport> reports = new ArrayList<>();
        Session upcoming = null;
        try {
            for (int i = 0; i < lessonFiles.size(); i++) {
                Session ready = upcoming;
                upcoming = i + 1 < lessonFiles.size() ? warm(lessonFiles.get(i + 1)) : null;
                reports.add(verify(lessonFiles.get(i), ready));
            }
        } finally {
            if (upcoming != null) {
                upcoming.close();
            }
        }
        return new VerifyReport(reports);
    }

    /** Verifies one lesson file. */
    public LessonReport verify(Path file) {
        return verify(file, null);
    }

    /** Verifies one lesson file in {@code ready} (a session started for it), or in a new session if null. */
    private LessonReport verify(Path file, Session ready) {
        long start = System.nanoTime();
        Lesson lesson;
        try {
            lesson = LessonParser.parse(file);
        } catch (LessonFormatException e) {
            say("✗ " + e.getMessage());
            return new LessonReport(file.getFileName().toString(), file, 0, 0, since(start), List.of(problem(e)),
                    List.of());
        }
        say("▶ " + lesson.id() + " (" + lesson.steps().size() + " steps, " + lesson.exercises().size()
                + " exercises)");
        List<Problem> problems = new ArrayList<>();
        for (LessonFormatException e : Lessons.checkUses(lesson, Lessons.load(file.toAbsolutePath().getParent())
                .lessons())) {
            say("✗ " + e.getMessage());
            problems.add(problem(e));
        }
        try (Session session = ready != null ? ready : Session.start(options(lesson))) {
            LessonRun run = new LessonRun(session, lesson, stepTimeout, log, showOutput);
            run.all();
            problems.addAll(run.problems());
            return new LessonReport(lesson.id(), file, lesson.exercises().size(), run.exercisesOk(), since(start),
                    problems, run.proofs());
        }
    }

    private static Problem problem(LessonFormatException e) {
        return new Problem(e.file(), e.line(), null, e.getMessage().replaceFirst("^.*?:\\d+: ", ""));
    }

    /** A session starting in the background for this lesson, or null if the file does not parse. */
    private Session warm(Path file) {
        try {
            return Session.start(options(LessonParser.parse(file)));
        } catch (LessonFormatException e) {
            return null;
        }
    }

    private SessionOptions options(Lesson lesson) {
        return base.build().spare(false)
                .property("shellbook.quick", Boolean.toString(quick))
                .property("shellbook.lesson", lesson.id())
                .property("shellbook.out", outDir.toString());
    }

    private void say(String line) {
        if (log != null) {
            log.println(line);
            log.flush();
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
