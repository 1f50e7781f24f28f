package dev.shellbook.exercise;

import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The learner's progress: per exercise whether it passed, attempts, the last result, when, and hints shown; plus
 * where the learner was (lesson and step). Kept in {@code work/progress.properties} and saved atomically after
 * every change, so a crash or {@code kill -9} loses at most the change being made.
 *
 * <p>A file that cannot be read is never silently reset: it is renamed to
 * {@code progress.properties.corrupt-<time>}, progress starts afresh, and {@link #warning()} says so. Each save
 * is merged with what the file holds ({@link ProgressFile#save}), so two shells in one folder lose nothing.
 */
public final class Progress {
    /** The progress file's name inside the work folder. */
    public static final String FILE_NAME = "progress.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;
    private final Map<String, ExerciseProgress> exercises;
    private Position position;
    private final String warning;
    private final boolean saves;

    private Progress(Path file, Clock clock, ProgressFile.Content content, String warning) {
        this.file = file;
        this.clock = clock;
        this.exercises = new LinkedHashMap<>(content.exercises());
        this.position = content.position();
        this.saves = AtomicFiles.canWrite(file.getParent());
        this.warning = saves ? warning : file.getParent() + "/ is read-only: your progress and history will not be"
                + " saved this time.";
    }

    /** Loads {@code <workDir>/progress.properties}; a missing file is an empty progress. */
    public static Progress load(Path workDir) {
        return load(workDir, Clock.systemUTC());
    }

    static Progress load(Path workDir, Clock clock) {
        Path file = workDir.resolve(FILE_NAME);
        ProgressFile.Content empty = new ProgressFile.Content(Map.of(), null);
        try {
            return new Progress(file, clock, ProgressFile.decode(Files.readAllBytes(file)), null);
        } catch (NoSuchFileException e) {
            return new Progress(file, clock, empty, null);
        } catch (ProgressFile.Corrupt e) {
            return new Progress(file, clock, empty, keepAside(file, e.getMessage(), clock));
        } catch (IOException e) {
            throw new UncheckedIOException(ProgressFile.unreadable(file, e) + "; nothing was changed.", e);
        }
    }

    private static String keepAside(Path file, String problem, Clock clock) {
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-"
                + LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).format(STAMP));
        try {
            Files.move(file, aside);
            return "Your progress file " + file + " could not be read: " + problem + ". It is kept as " + aside
                    + " and progress starts afresh; your work files are untouched.";
        } catch (IOException e) {
            throw new UncheckedIOException("your progress file " + file + " could not be read (" + problem
                    + ") and could not be kept aside as " + aside + ": " + e.getMessage()
                    + ". Move it away yourself and start again.", e);
        }
    }

    /** The progress file. */
    public Path file() {
        return file;
    }

    /** {@code false} when the work folder is read-only: progress is kept in memory only, for this run. */
    public boolean saves() {
        return saves;
    }

    /** Set when the progress file was corrupt (what happened, where the old file is kept) or cannot be saved. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The learner's progress on one exercise ({@link ExerciseProgress#NONE} if untouched). */
    public synchronized ExerciseProgress get(String lessonId, String exerciseId) {
        return exercises.getOrDefault(key(lessonId, exerciseId), ExerciseProgress.NONE);
    }

    /** Records one run of the checks and saves. */
    public synchronized ExerciseProgress recordCheck(String lessonId, String exerciseId, boolean passed,
                                                     String result) {
        return update(lessonId, exerciseId, get(lessonId, exerciseId).checked(passed, result,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** Records that one more hint was shown and saves; returns the new progress. */
    public synchronized ExerciseProgress recordHint(String lessonId, String exerciseId) {
        return update(lessonId, exerciseId, get(lessonId, exerciseId).hinted());
    }

    /** Where the learner was, if the shell saved a position. */
    public synchronized Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /** Saves where the learner is now. */
    public synchronized void savePosition(String lessonId, int step) {
        position = new Position(lessonId, step);
        save();
    }

    /** How many of these lessons' exercises have passed. */
    public synchronized int done(List<Lesson> lessons) {
        return (int) lessons.stream().flatMap(l -> l.exercises().stream().map(e -> get(l.id(), e.id())))
                .filter(ExerciseProgress::passed).count();
    }

    /** One row per exercise of {@code lessons}: lesson, exercise, status, attempts, hints, last result, when. */
    public synchronized Table toTable(List<Lesson> lessons) {
        return toTable(lessons, 0);
    }

    /** The table, printing at most {@code width} columns wide (0: no limit; the last result is cut to fit). */
    public synchronized Table toTable(List<Lesson> lessons, int width) {
        return ProgressTable.of(lessons, this::get, position, width);
    }

    private ExerciseProgress update(String lessonId, String exerciseId, ExerciseProgress p) {
        exercises.put(key(lessonId, exerciseId), p);
        save();
        return p;
    }

    private void save() {
        if (!saves) {
            return;
        }
        try {
            ProgressFile.Content saved = ProgressFile.save(file, exercises, position);
            exercises.putAll(saved.exercises());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save your progress to " + file + ": " + e.getMessage()
                    + ". Check that " + file.getParent() + " is writable; the previous progress file is intact.", e);
        }
    }

    private static String key(String lessonId, String exerciseId) {
        return lessonId + "/" + exerciseId;
    }

    /** Progress on an exercise, with the lesson and exercise as objects. */
    public ExerciseProgress get(Lesson lesson, Exercise exercise) {
        return get(lesson.id(), exercise.id());
    }

    /** The time of a check as the learner reads it: {@code 2025-01-05 14:03}, local time. */
    static String when(Instant time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(time.atZone(ZoneId.systemDefault()));
    }
}
