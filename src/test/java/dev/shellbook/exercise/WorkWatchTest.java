package dev.shellbook.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves a watched file the ways editors do, and counts the calls. */
class WorkWatchTest {
    @TempDir
    Path dir;

    @Test
    void eachSaveGivesOneCallWhetherWrittenInPlaceOrRenamedOver() throws Exception {
        Path file = Files.writeString(dir.resolve("softmax.jsh"), "v1");
        LinkedBlockingQueue<String> calls = new LinkedBlockingQueue<>();
        WorkWatch watch = WorkWatch.start(file, () -> calls.add(read(file)));
        try {
            Files.writeString(file, "v2");
            assertEquals("v2", calls.poll(10, TimeUnit.SECONDS));
            Path aside = Files.writeString(dir.resolve(".softmax.jsh.swp"), "v3");
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals("v3", calls.poll(10, TimeUnit.SECONDS));
            assertEquals(null, calls.poll(WorkWatch.QUIET_MS * 3, TimeUnit.MILLISECONDS), "one call per save");
        } finally {
            watch.close();
        }
    }

    @Test
    void aSaveThatChangesNothingAndOtherFilesGiveNoCall() throws Exception {
        Path file = Files.writeString(dir.resolve("softmax.jsh"), "same");
        LinkedBlockingQueue<String> calls = new LinkedBlockingQueue<>();
        WorkWatch watch = WorkWatch.start(file, () -> calls.add(read(file)));
        try {
            Files.writeString(file, "same");
            Files.writeString(dir.resolve("other.jsh"), "x");
            assertEquals(null, calls.poll(WorkWatch.QUIET_MS * 5, TimeUnit.MILLISECONDS));
        } finally {
            watch.close();
        }
    }

    @Test
    void closingStopsTheCalls() throws Exception {
        Path file = Files.writeString(dir.resolve("softmax.jsh"), "v1");
        LinkedBlockingQueue<String> calls = new LinkedBlockingQueue<>();
        WorkWatch.start(file, () -> calls.add(read(file))).close();
        Files.writeString(file, "v2");
        assertEquals(null, calls.poll(WorkWatch.QUIET_MS * 5, TimeUnit.MILLISECONDS));
        assertTrue(Files.exists(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }
}
