package dev.shellbook.session;

import dev.shellbook.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The execution-JVM half of checkpoints: the session's generated snippets call these static methods to write the
 * variables' values to a file after a step, and to read them back into a new session.
 *
 * <p>Public only because snippets must reach it; learners have no reason to call it. The values file is written
 * atomically next to a small contents file (which variables it holds, which must be rebuilt, its CRC-32C);
 * {@link Checkpoint} on the session side commits both with the cells they came from.
 */
public final class Snapshot {

    /** What a values file holds, written beside it. */
    record Contents(List<String> names, List<String> rebuilt, List<String> types, long crc, long size)
            implements Serializable {

        /** The names whose values are taken from the file, in order. */
        List<String> restored() {
            return names.stream().filter(n -> !rebuilt.contains(n)).toList();
        }
    }

    private static final Map<String, Class<?>> TYPES = new ConcurrentHashMap<>();
    private static Path openFile;
    private static Contents opened;
    private static Map<String, Object> values = Map.of();

    private Snapshot() {
    }

    /** Writes {@code values} (named {@code names}) to {@code valuesFile}, and its contents beside it. */
    public static void save(String valuesFile, String[] names, Object[] values) throws IOException {
        Path file = Path.of(valuesFile);
        List<String> rebuilt = new ArrayList<>();
        List<String> types = new ArrayList<>();
        CRC32C crc = new CRC32C();
        long[] size = new long[1];
        AtomicFiles.write(file, raw -> {
            Counting counted = new Counting(new CheckedOutputStream(raw, crc));
            SnapshotStreams.Out out = new SnapshotStreams.Out(new BufferedOutputStream(counted, 1 << 16));
            for (int i = 0; i < names.length; i++) {
                out.writeObject(values[i]);
                if (out.takeHoles()) {
                    rebuilt.add(names[i]);
                }
            }
            types.addAll(out.sessionTypes());
            out.flush(); // not close: the atomic writer forces and closes the file itself
            size[0] = counted.count;
        }, true);
        Contents contents = new Contents(List.of(names), rebuilt, types, crc.getValue(), size[0]);
        AtomicFiles.write(contentsOf(file), Checkpoint.bytes(contents));
    }

    /** The contents file that goes with {@code valuesFile}. */
    static Path contentsOf(Path valuesFile) {
        return valuesFile.resolveSibling(valuesFile.getFileName() + ".contents");
    }

    /** Starts a restore from {@code valuesFile}, whose contents must be {@code crc} and {@code size}. */
    public static void open(String valuesFile, long crc, long size) throws IOException {
        Path file = Path.of(valuesFile);
        Contents contents = Checkpoint.read(contentsOf(file), Contents.class);
        if (contents.crc() != crc || contents.size() != size || Files.size(file) != size) {
            throw new IOException("the saved values do not match their description");
        }
        openFile = file;
        opened = contents;
        TYPES.clear();
    }

    /** Tells the restore which class the session's declaration {@code simpleName} is now. */
    public static void type(String simpleName, Class<?> type) {
        TYPES.put(simpleName, type);
    }

    /** Reads every value of the opened file, checking its CRC-32C; the classes it needs must be declared. */
    public static void read() throws IOException, ClassNotFoundException {
        List<String> names = opened.names();
        Map<String, Object> read = new HashMap<>();
        CRC32C crc = new CRC32C();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream raw = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(openFile),
                1 << 16), crc); SnapshotStreams.In in = new SnapshotStreams.In(raw, loader, Snapshot::sessionType)) {
            for (String name : names) {
                read.put(name, in.readObject());
            }
            raw.transferTo(OutputStream.nullOutputStream());
        }
        if (crc.getValue() != opened.crc()) {
            throw new IOException("the saved values are damaged (their checksum differs)");
        }
        values = read;
    }

    /** The value saved for variable {@code name}. */
    @SuppressWarnings("unchecked")
    public static <T> T take(String name) {
        return (T) values.get(name);
    }

    /**
     * Throws unless {@code now} (the restored variables, in their saved order) serialize
     * to the same bytes as when they were saved, so code run again during the restore changed none of them.
     */
    public static void verify(Object[] now) throws IOException {
        byte[] saved;
        try (InputStream in = Files.newInputStream(openFile)) {
            saved = in.readAllBytes();
        }
        try (SnapshotStreams.Out alone = new SnapshotStreams.Out(OutputStream.nullOutputStream())) {
            alone.refuseHoles(true);
            for (Object value : now) {
                alone.writeObject(value);
            }
        }
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream(saved.length);
        List<String> names = opened.names();
        try (SnapshotStreams.Out out = new SnapshotStreams.Out(again)) {
            for (int i = 0, r = 0; i < names.size(); i++) {
                boolean restored = !opened.rebuilt().contains(names.get(i));
                out.refuseHoles(restored);
                out.writeObject(restored ? now[r++] : values.get(names.get(i)));
            }
        }
        if (!Arrays.equals(saved, again.toByteArray())) {
            throw new IOException("code run again during the restore changed a restored variable");
        }
    }

    /** Lets go of the values read. */
    public static void close() {
        values = Map.of();
        opened = null;
        openFile = null;
        TYPES.clear();
    }

    private static Class<?> sessionType(String simpleName) {
        Class<?> type = TYPES.get(simpleName);
        if (type == null) {
            throw new IllegalStateException("the session has no class " + simpleName);
        }
        return type;
    }

    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
