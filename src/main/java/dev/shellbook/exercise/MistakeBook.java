package dev.shellbook.exercise;

import dev.shellbook.exercise.CheckResult.MistakeNote;
import dev.shellbook.exercise.CheckResult.Signature;
import dev.shellbook.files.AtomicFiles;
import dev.shellbook.lesson.Exercise;
import dev.shellbook.lesson.Lesson;
import dev.shellbook.session.SessionOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each listed mistake of a lesson fails, on the learner's machine, so that a learner's failure can be told
 * apart: when it has the {@link Signature} of exactly one listed mistake, the feedback names that mistake.
 *
 * <p>The signatures come from the same run as {@code verify}'s proof (quick mode), in a separate session in the
 * background, so the learner's session is never touched. They are kept in {@code work/.mistakes/<lesson>.txt},
 * keyed by the SHA-256 of the lesson file, and computed again only when the lesson changes. Until they are known,
 * feedback is the plain expected/found message.
 */
public final class MistakeBook {
    private static final String HEAD = "# signatures of the lesson file with SHA-256 ";
    private final Path dir;
    private final SessionOptions base;
    private final Map<String, CompletableFuture<MistakeSignatures>> lessons = new ConcurrentHashMap<>();

    /** A book kept in {@code <workDir>/.mistakes}, computing in sessions started from {@code base}. */
    public MistakeBook(Path workDir, SessionOptions base) {
        this.dir = workDir.resolve(".mistakes");
        this.base = base;
    }

    /** Starts finding the lesson's signatures in the background, unless they are known for this lesson text. */
    public void prepare(Lesson lesson) {
        if (lesson.exercises().stream().anyMatch(e -> !e.mistakes().isEmpty())) {
            lessons.computeIfAbsent(lesson.id(), id -> CompletableFuture.supplyAsync(() -> load(lesson)));
        }
    }

    /**
     * The listed mistake that fails exactly as {@code result} does (same first failing check, same kind), when
     * the signatures are known and exactly one mistake has that signature; empty otherwise.
     */
    public Optional<MistakeNote> explain(Lesson lesson, Exercise exercise, CheckResult result) {
        CompletableFuture<MistakeSignatures> known = lessons.get(lesson.id());
        if (result.signature() == null || known == null || !known.isDone() || known.isCompletedExceptionally()) {
            return Optional.empty();
        }
        List<String> same = known.join().matching(exercise.id(), result.signature());
        return same.size() != 1 ? Optional.empty() : MistakeCase.of(exercise).stream()
                .filter(m -> m.name().equals(same.get(0))).findFirst().map(MistakeCase::note);
    }

    /** Waits until the lesson's signatures are known (or could not be found); for tests and tools. */
    public void await(Lesson lesson) {
        CompletableFuture<MistakeSignatures> known = lessons.get(lesson.id());
        if (known != null) {
            known.exceptionally(e -> null).join();
        }
    }

    private MistakeSignatures load(Lesson lesson) {
        String hash = hash(lesson.file());
        Path file = dir.resolve(lesson.id() + ".txt");
        try {
            if (Files.exists(file) && Files.readString(file).startsWith(HEAD + hash + "\n")) {
                return MistakeSignatures.parse(Files.readString(file));
            }
            MistakeSignatures found = MistakeSignatures.of(compute(lesson));
            AtomicFiles.write(file, HEAD + hash + "\n" + found.text());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ExerciseProof> compute(Lesson lesson) {
        return new Verifier(base).quick(true).outDir(dir.resolve("out")).stepTimeout(Duration.ofMinutes(5))
                .verify(lesson.file()).proofs();
    }

    private static String hash(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
