package dev.shellbook.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small (possibly broken) IDX files for the tests. */
final class IdxFiles {
    private IdxFiles() {}

    /** IDX bytes: magic 00 00 08 n, the sizes, then {@code payload} bytes of value i % 256. */
    static byte[] idx(int[] dims, int payload) {
        ByteBuffer buf = ByteBuffer.allocate(4 + 4 * dims.length + payload);
        buf.put((byte) 0).put((byte) 0).put((byte) 8).put((byte) dims.length);
        for (int d : dims) {
            buf.putInt(d);
        }
        for (int i = 0; i < payload; i++) {
            buf.put((byte) (i % 10));
        }
        return buf.array();
    }

    /** A consistent IDX file's bytes. */
    static byte[] idx(int... dims) {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return idx(dims, n);
    }

    static Path gz(Path file, byte[] raw) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(raw);
            }
            Files.write(file, out.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path raw(Path file, byte[] raw) {
        try {
            return Files.write(file, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
