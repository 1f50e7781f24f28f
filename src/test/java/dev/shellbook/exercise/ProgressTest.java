package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ProgressTest {
    private static final Instant T = Instant.parse("2025-01-05T14:03:11Z");
    private static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

    @TempDir
    Path work;

    @Test
    void checksAreWrittenAndReadBack() {
        Progress p = Progress.load(work, CLOCK);
        p.recordCheck("01-sums", "total", false, "✗ total: total({}) is 1, expected 0 (±1e-9).\nsecond line");
        p.recordCheck("01-sums", "total", true, "✓ total: all 2 checks pass.");
        p.recordHint("01-sums", "mean");
        ExerciseProgress back = Progress.load(work, CLOCK).get("01-sums", "total");
        assertEquals(new ExerciseProgress(true, 2, "✓ total: all 2 checks pass.", T, 0), back);
        assertEquals(1, Progress.load(work, CLOCK).get("01-sums", "mean").hintsShown());
        assertEquals(ExerciseProgress.NONE, Progress.load(work).get("01-sums", "other"));
    }

    @Test
    void passedStaysPassedAfterALaterFailureAndLaterChecksAreNotTries() {
        Progress p = Progress.load(work, CLOCK);
        p.recordCheck("l", "e", true, "✓");
        p.recordCheck("l", "e", false, "✗ broke it");
        ExerciseProgress back = Progress.load(work).get("l", "e");
        assertTrue(back.passed());
        assertEquals("✗ broke it", back.lastResult());
        assertEquals(1, back.attempts());
    }

    @Test
    void resultWithLineBreaksAndUnicodeSurvives() {
        String result = " ✗ x:\n\tline two \\ back=slash: #";
        Progress.load(work, CLOCK).recordCheck("l", "e", false, result);
        assertEquals(result, Progress.load(work).get("l", "e").lastResult());
    }

    @Test
    void positionIsSaved() {
        Progress.load(work).savePosition("03-softmax", 4);
        assertEquals(Optional.of(new Position("03-softmax", 4)), Progress.load(work).position());
        assertEquals(Optional.empty(), Progress.load(work.resolve("fresh")).position());
    }

    @Test
    void corruptFileIsKeptAsideAndReported() throws Exception {
        Path file = work.resolve(Progress.FILE_NAME);
        Files.writeString(file, "format=1\nexercise.l/e.attempts=many\nend=ok\n");
        Progress p = Progress.load(work, CLOCK);
        String warning = p.warning().orElseThrow();
        assertTrue(warning.contains("exercise l/e has attempts=many, expected a count"), warning);
        Path aside = onlyCorruptCopy();
        assertTrue(warning.contains(aside.toString()), warning);
        assertEquals("format=1\nexercise.l/e.attempts=many\nend=ok\n", Files.readString(aside));
        assertFalse(Files.exists(file));
        assertEquals(ExerciseProgress.NONE, p.get("l", "e"));
    }

    @Test
    void truncatedFileIsCorrupt() throws Exception {
        Progress.load(work, CLOCK).recordCheck("l", "e", true, "✓");
        Path file = work.resolve(Progress.FILE_NAME);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.indexOf("exercise.l/e.time")));
        String warning = Progress.load(work, CLOCK).warning().orElseThrow();
        assertTrue(warning.contains("incomplete"), warning);
        onlyCorruptCopy();
    }

    @Test
    void strayTempFileIsIgnored() throws Exception {
        Progress.load(work, CLOCK).recordCheck("l", "e", true, "✓");
        Files.writeString(work.resolve(".progress.properties.123.tmp"), "format=1\nexercise.l/e.pas");
        Progress p = Progress.load(work, CLOCK);
        assertEquals(Optional.empty(), p.warning());
        assertTrue(p.get("l", "e").passed());
    }

    @Test
    void tableHasOneRowPerExercise() {
        Progress p = Progress.load(work, CLOCK);
        p.recordCheck("01-sums", "mean", false, "✗ mean: mean({}) is 0, expected NaN.");
        Table t = p.toTable(List.of(TestLessons.sums()));
        assertEquals(List.of("lesson", "exercise", "status", "checks", "hints", "last result", "when"),
                t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals("· not started", t.stringColumn("status").get(0));
        assertEquals("✗ trying", t.stringColumn("status").get(1));
        assertEquals("0/1", t.stringColumn("hints").get(1));
    }

    @Test
    void survivesKillDashNine() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (int round = 0; round < 3; round++) {
            Process hammer = new ProcessBuilder(java.toString(), "-cp", classPath, ProgressHammer.class.getName(),
                    work.toString()).redirectErrorStream(true).start();
            waitForFile(work.resolve(Progress.FILE_NAME), hammer);
            Thread.sleep(200 + 150L * round);
            hammer.destroyForcibly().waitFor();
            Progress p = Progress.load(work);
            assertEquals(Optional.empty(), p.warning(), "round " + round);
            assertTrue(p.get("01-sums", "total").attempts() > 0, "round " + round);
        }
    }

    private static void waitForFile(Path file, Process writer) throws Exception {
        for (int i = 0; i < 600 && !Files.exists(file); i++) {
            assertTrue(writer.isAlive(), () -> "the writer died: " + output(writer));
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), "the writer wrote nothing in 30 s");
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }

    private Path onlyCorruptCopy() throws Exception {
        try (var files = Files.list(work)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString()
                    .startsWith("progress.properties.corrupt-")).toList();
            assertEquals(1, aside.size(), "expected one corrupt copy, found " + aside);
            return aside.get(0);
        }
    }
}
