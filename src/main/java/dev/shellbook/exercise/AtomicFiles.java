package dev.shellbook.exercise;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees either the old content or the new one, never half of the new one: the bytes
 * go to a temp file in the same folder, are forced to disk, and the temp file is renamed over the target.
 * A crash or {@code kill -9} at any moment leaves at most a stray {@code *.tmp} file, never a torn target.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** Produces a file's bytes; may fail half-way, in which case the target is left untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces (or creates) {@code target} with {@code text} in UTF-8, atomically. */
    static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), true);
    }

    /** Creates {@code target} with {@code text} unless it exists; returns {@code false} when it already existed. */
    static boolean create(Path target, String text) throws IOException {
        try {
            write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), false);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Writes {@code content} to a temp file next to {@code target} and moves it into place: replacing the target
     * when {@code replace}, otherwise failing with {@code FileAlreadyExistsException} if it exists.
     */
    static void write(Path target, Content content, boolean replace) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
