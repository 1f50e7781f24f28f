package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving progress from two shells in one folder, and a progress file that is not a file. */
class ProgressFileTest {
    private static final Clock A_TIME = Clock.fixed(Instant.parse("2025-01-05T14:03:11Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-05T14:05:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    @Test
    void twoShellsInOneFolderKeepEachOthersAttemptsAndHints() {
        Progress a = Progress.load(work, A_TIME);
        Progress b = Progress.load(work, LATER);
        a.recordCheck("02-softmax", "cross-entropy", false, "✗ cross-entropy: not yet");
        a.recordHint("02-softmax", "cross-entropy");
        b.recordCheck("02-softmax", "softmax", true, "✓ softmax: all 10 checks pass.");
        Progress back = Progress.load(work);
        assertEquals(new ExerciseProgress(false, 1, "✗ cross-entropy: not yet", A_TIME.instant(), 1),
                back.get("02-softmax", "cross-entropy"));
        assertEquals(new ExerciseProgress(true, 1, "✓ softmax: all 10 checks pass.", LATER.instant(), 0),
                back.get("02-softmax", "softmax"));
        assertEquals(1, b.get("02-softmax", "cross-entropy").hintsShown(), "B now knows A's hint too");
    }

    @Test
    void aMergeKeepsThePassTheLargerCountsAndTheLaterResult() {
        ExerciseProgress theirs = new ExerciseProgress(true, 4, "✓ old", A_TIME.instant(), 1);
        ExerciseProgress mine = new ExerciseProgress(false, 2, "✗ new", LATER.instant(), 3);
        ProgressFile.Content merged = ProgressFile.merge(new ProgressFile.Content(java.util.Map.of("l/e", theirs),
                new Position("l", 3)), new ProgressFile.Content(java.util.Map.of("l/e", mine), new Position("l", 5)));
        assertEquals(new ExerciseProgress(true, 4, "✗ new", LATER.instant(), 3), merged.exercises().get("l/e"));
        assertEquals(new Position("l", 5), merged.position());
    }

    @Test
    void twoWritersSavingAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String shell : List.of("a", "b")) {
            Progress p = Progress.load(work, A_TIME);
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    p.recordCheck("01-sums", shell + i, i % 2 == 0, "result " + i);
                    p.savePosition("01-sums", i + 1);
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        Progress back = Progress.load(work);
        for (String shell : List.of("a", "b")) {
            for (int i = 0; i < 40; i++) {
                assertEquals(1, back.get("01-sums", shell + i).attempts(), shell + i + " was lost");
            }
        }
    }

    @Test
    void aFolderWhereTheProgressFileShouldBeIsCalledAFolder() throws Exception {
        Files.createDirectories(work.resolve(Progress.FILE_NAME));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Progress.load(work));
        assertTrue(e.getMessage().contains(work.resolve(Progress.FILE_NAME) + " is a folder, not a file. Move it away"),
                e.getMessage());
        assertTrue(Files.isDirectory(work.resolve(Progress.FILE_NAME)), "nothing was changed");
    }
}
