package dev.shellbook.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void halfWrittenTempNeverReplacesTheFile() throws Exception {
        Path target = dir.resolve("progress.properties");
        Files.writeString(target, "format=1\nend=ok\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("format=1\nexercise.a/b.pass".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        }, true));
        assertEquals("disk full", e.getMessage());
        assertEquals("format=1\nend=ok\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temp file was left behind");
        }
    }

    @Test
    void replacesWholeFile() throws Exception {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, "first, longer text");
        AtomicFiles.write(target, "second");
        assertEquals("second", Files.readString(target));
    }

    @Test
    void createLeavesExistingFileAlone() throws Exception {
        Path target = dir.resolve("sub/a.jsh");
        assertTrue(AtomicFiles.create(target, "blank"));
        assertFalse(AtomicFiles.create(target, "other"));
        assertEquals("blank", Files.readString(target));
    }
}
