package dev.shellbook.shell;

import dev.shellbook.exercise.Progress;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.lesson.LessonParser;
import dev.shellbook.lesson.Lessons;
import dev.shellbook.session.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the learner is in the course, held by both the shell's loop and its commands: the lesson and step (through
 * the {@link Stepper}), the session they run in, the progress, and whether the learner has quit. Moving to another
 * lesson, starting a fresh session and quitting happen here.
 */
final class Navigator {
    private final Session session;
    private final Notebook notebook;
    private final Progress progress;
    private final Path lessonsDir;
    private final Stepper stepper;
    private boolean quit;

    Navigator(Session session, Notebook notebook, Progress progress, Path lessonsDir, Stepper stepper) {
        this.session = session;
        this.notebook = notebook;
        this.progress = progress;
        this.lessonsDir = lessonsDir;
        this.stepper = stepper;
    }

    Stepper stepper() {
        return stepper;
    }

    Lesson lesson() {
        return stepper.lesson();
    }

    Session session() {
        return session;
    }

    Progress progress() {
        return progress;
    }

    /** {@code true} once the learner has quit. */
    boolean quit() {
        return quit;
    }

    /** The prompt: where the learner is, {@code 02 softmax 3/9> }. */
    String prompt() {
        Lesson l = lesson();
        String name = l.id().replaceFirst("^\\d+-?", "");
        String number = l.number() > 0 ? String.format(Locale.ROOT, "%02d ", l.number()) : "";
        return number + (name.isEmpty() ? l.id() : name) + " " + stepper.current() + "/" + l.steps().size() + "> ";
    }

    /** Opens another lesson in a fresh session, at its first step. */
    void switchTo(Lesson next) {
        stepper.save();
        stepper.open(next);
        freshSession();
        notebook.blank();
        notebook.lesson(next);
        stepper.go(1);
    }

    /** Opens the lesson named by {@code key} (a number or part of a name). */
    void switchTo(String key) {
        switchTo(LessonParser.parse(Lessons.find(lessonsDir, key)));
    }

    /** The lesson after the current one in the lessons folder, if there is one. */
    Optional<Lesson> nextLesson() {
        List<Path> files = Lessons.files(lessonsDir);
        int at = files.indexOf(lesson().file());
        return at >= 0 && at + 1 < files.size() ? Optional.of(LessonParser.parse(files.get(at + 1)))
                : Optional.empty();
    }

    /** A new execution JVM for the current lesson: nothing defined, nothing ran. */
    void freshSession() {
        session.reset();
        session.setProperty("shellbook.lesson", lesson().id());
        stepper.forgetRuns();
    }

    /** The lessons in the lessons folder, parsed; a malformed one is reported and left out. */
    List<Lesson> lessons() {
        Lessons.Loaded loaded = Lessons.load(lessonsDir);
        loaded.problems().forEach(e -> notebook.error("Skipping " + e.getMessage()));
        return loaded.lessons();
    }

    /** Ends the loop, saying where the learner's place is kept. */
    void leave() {
        stepper.save();
        Lesson l = lesson();
        notebook.line("");
        String place = l.id() + ", step " + stepper.current() + " of " + l.steps().size();
        notebook.line(progress.saves() ? "Your place is saved: " + place + ". Type ./shellbook to carry on from there."
                + " Bye!" : "You were at " + place + " (not saved: the work folder is read-only). Bye!");
        quit = true;
    }
}
