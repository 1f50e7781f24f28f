package dev.shellbook.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader sees either the old content or the new one, never half of the new one: the bytes
 * go to a temp file in the same folder, are forced to disk, and the temp file is renamed over the target.
 * A crash or {@code kill -9} at any moment leaves at most a stray {@code *.tmp} file, never a torn target.
 * Written files are readable by everyone ({@code rw-r--r--}), like any file an editor or {@code cp} makes.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Produces a file's bytes; may fail half-way, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces (or creates) {@code target} with {@code text} in UTF-8, atomically, creating its folder. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces (or creates) {@code target} with {@code bytes}, atomically, creating its folder. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    /** Creates {@code target} with {@code text} unless it exists; returns {@code false} when it already existed. */
    public static boolean create(Path target, String text) throws IOException {
        try {
            write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), false);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Writes {@code content} to a temp file next to {@code target} and moves it into place: replacing the target
     * when {@code replace}, otherwise failing with {@code FileAlreadyExistsException} if it exists.
     */
    public static void write(Path target, Content content, boolean replace) throws IOException {
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
            readableByAll(temp);
            if (replace) {
                replace(temp, target);
            } else {
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@code true} when files can be created in {@code dir}, or, if it does not exist yet, in the folder it would be
     * made in. It tries (a temp file, deleted at once): permission bits tell nothing to root or on a read-only mount.
     */
    public static boolean canWrite(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return false;
        }
        try {
            Files.delete(Files.createTempFile(existing, ".write-test-", ".tmp"));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Temp files are private ({@code rw-------}); the file they become is not a secret. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** One atomic rename where the file system has it; a plain replacing move where it does not. */
    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
