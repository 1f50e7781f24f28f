package dev.shellbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a checkpoint's values depend on, so that a checkpoint made before a change is never restored after it:
 * the JDK, Shellbook's own code (the class path), the data files and the lesson file, each as a hash.
 */
public final class CheckpointKeys {

    private static final Map<Path, String> DATA = new ConcurrentHashMap<>();

    private CheckpointKeys() {
    }

    /** The key for a checkpoint of {@code lessonFile}'s cells, using the data under {@code dataDir}. */
    public static Map<String, String> of(Path lessonFile, Path dataDir) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("the JDK", Runtime.version() + " " + System.getProperty("java.home"));
        key.put("Shellbook's code", code(ClassPath.current()));
        key.put("the data files", DATA.computeIfAbsent(dataDir.toAbsolutePath().normalize(), CheckpointKeys::tree));
        key.put("the lesson file", tree(lessonFile));
        return key;
    }

    /**
     * Starts hashing the data under {@code dataDir} on a thread of its own (about 0.1 s for the shipped 30 MB in a
     * cold JVM), so that the first {@link #of} at a resume does not wait for it.
     */
    public static void warm(Path dataDir) {
        Thread t = new Thread(() -> {
            try {
                DATA.computeIfAbsent(dataDir.toAbsolutePath().normalize(), CheckpointKeys::tree);
            } catch (RuntimeException e) {
                // unreadable: of() meets the same failure where it is reported
            }
        }, "shellbook-data-hash");
        t.setDaemon(true);
        t.start();
    }

    /** Hashes the class path by each entry's name, size and time (a rebuilt jar is new code). */
    private static String code(List<Path> entries) {
        MessageDigest digest = sha256();
        for (Path entry : entries) {
            digest.update(entry.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.isDirectory(entry) ? Files.walk(entry) : Stream.of(entry)) {
                files.filter(f -> Files.isRegularFile(f) && f.toString().matches(".*\\.(class|jar)$")).sorted()
                        .forEach(f -> stamp(digest, f));
            } catch (IOException e) {
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 over every regular file under {@code root} (or of {@code root} itself), names included. */
    private static String tree(Path root) {
        MessageDigest digest = sha256();
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> content(digest, root, f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stamp(MessageDigest digest, Path file) {
        try {
            digest.update((file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            digest.update((byte) 1);
        }
    }

    private static void content(MessageDigest digest, Path root, Path file) {
        digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            digest.update((byte) 2);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
