package dev.shellbook.exercise;

import dev.shellbook.files.AtomicFiles;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The learner's working copies of the exercises: {@code work/<lesson-id>/<exercise-id>.jsh}, one per exercise.
 *
 * <p>A copy starts as the exercise's blank (the code with each solution region replaced by a {@code // TODO:}
 * line and code that compiles and fails clearly). Once it exists it belongs to the learner: it is read, never
 * overwritten, except by {@link #resetToBlank}, which keeps the old copy as {@code <id>.jsh.bak}. Files are
 * created atomically, so an editor or a crash never sees half a file.
 */
public final class Workbook {
    /** The default folder for working copies and progress, relative to the repository's top folder. */
    public static final Path DEFAULT_DIR = Path.of("work");

    private final Path dir;

    public Workbook(Path dir) {
        this.dir = dir;
    }

    /** A workbook in {@code work/}. */
    public Workbook() {
        this(DEFAULT_DIR);
    }

    /** The folder holding the working copies. */
    public Path dir() {
        return dir;
    }

    /** {@code work/<lesson-id>/<exercise-id>.jsh}; the file may not exist yet. */
    public Path fileFor(Lesson lesson, Exercise exercise) {
        return dir.resolve(lesson.id()).resolve(exercise.id() + ".jsh");
    }

    /** {@code true} when the learner's copy exists. */
    public boolean started(Lesson lesson, Exercise exercise) {
        return Files.exists(fileFor(lesson, exercise));
    }

    /** The learner's copy, created from the blank first if it does not exist yet; returns its path. */
    public Path create(Lesson lesson, Exercise exercise) {
        Path file = fileFor(lesson, exercise);
        try {
            if (!Files.exists(file)) {
                AtomicFiles.create(file, blank(lesson, exercise));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage()
                    + ". Check that the folder " + dir + " is writable.", e);
        }
    }

    /**
     * The learner's code: their copy, created from the blank if it does not exist yet. A copy that is not UTF-8
     * is reported at its line, with what to do; it is left as it is.
     */
    public String code(Lesson lesson, Exercise exercise) {
        Path file = create(lesson, exercise);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage() + ". Check its"
                    + " permissions, or type /blank to start again from the blank (your copy is kept as .bak)", e);
        }
        return utf8(file, bytes);
    }

    /** {@code bytes} as UTF-8 text; an {@code IllegalArgumentException} naming the line that is not. */
    private static String utf8(Path file, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = 1 + IntStream.range(0, at).filter(i -> bytes[i] == '\n').count();
            throw new IllegalArgumentException(String.format("%s:%d is not UTF-8 text (it has the byte 0x%02X,"
                    + " perhaps from an editor saving in Latin-1). Save the file as UTF-8 and try again, or type"
                    + " /blank to start again from the blank (your copy is kept as .bak)", file, line,
                    bytes[at] & 0xff));
        }
        return out.flip().toString();
    }

    /**
     * Puts the blank back in place of the learner's copy; the old copy is kept as {@code <id>.jsh.bak} (replacing
     * an older backup). Returns the backup, or empty when there was no copy yet.
     */
    public Optional<Path> resetToBlank(Lesson lesson, Exercise exercise) {
        Path file = fileFor(lesson, exercise);
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        try {
            Optional<Path> kept = Optional.empty();
            if (Files.exists(file)) {
                AtomicFiles.write(backup, Files.readAllBytes(file));
                kept = Optional.of(backup);
            }
            AtomicFiles.write(file, blank(lesson, exercise));
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset " + file + ": " + e.getMessage()
                    + ". Your copy is unchanged.", e);
        }
    }

    /** The starting copy: a two-line header saying what to do, then the exercise's blank code. */
    public String blank(Lesson lesson, Exercise exercise) {
        String step = lesson.exerciseStep(exercise.id()).map(st -> ", step " + st.number()).orElse("");
        return "// Exercise " + exercise.id() + ": " + exercise.title() + " (lesson " + lesson.id() + step + ")\n"
                + "// Fill in the TODO, save, and type /check in the shell. /hint gives a nudge.\n"
                + exercise.blankCode() + "\n";
    }
}
