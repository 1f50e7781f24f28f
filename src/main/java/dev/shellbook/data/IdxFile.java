package dev.shellbook.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One IDX file (the MNIST format), gzip-compressed or raw, checked on reading.
 *
 * <p>Layout: a 4-byte magic number {@code 00 00 08 n} (unsigned bytes, {@code n} dimensions), then {@code n}
 * big-endian int sizes, then the product of the sizes in bytes. {@link #read} checks all of that and throws a
 * {@link DataException} naming the file, the fault and the fix, never an index exception.
 */
public final class IdxFile {
    static final String DEFAULT_FIX = "Replace it with an intact copy of the original file.";
    private final Path file;
    private final int[] dims;
    private final byte[] bytes;
    private final int offset;

    private IdxFile(Path file, int[] dims, byte[] bytes, int offset) {
        this.file = file;
        this.dims = dims;
        this.bytes = bytes;
        this.offset = offset;
    }

    /** Reads and checks {@code file} ({@code .gz} or raw IDX). */
    public static IdxFile read(Path file) {
        return read(file, DEFAULT_FIX);
    }

    /** Reads and checks {@code file}; {@code fix} is appended to any error message (what the learner should do). */
    static IdxFile read(Path file, String fix) {
        return parse(file, uncompressed(file, fix), fix);
    }

    /** The sizes from the header, e.g. {60000, 28, 28}. */
    public int[] dims() {
        return dims.clone();
    }

    /** The payload (after the header), one unsigned byte per item: use {@code b & 0xff}. A copy. */
    public byte[] data() {
        return Arrays.copyOfRange(bytes, offset, bytes.length);
    }

    /** The file this was read from. */
    public Path file() {
        return file;
    }

    /** Whole uncompressed file (header included) and where the payload starts: the loaders' copy-free path. */
    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    /** Magic number as written in the file, e.g. 0x00000803 for images. */
    public int magic() {
        return 0x0800 | dims.length;
    }

    /**
     * Checks that the SHA-256 of the uncompressed bytes of {@code file} is {@code expectedHexOfUncompressed}.
     * @throws DataException naming the file and both hashes when they differ
     */
    public static void verifySha256(Path file, String expectedHexOfUncompressed) {
        checkSha256(file, uncompressed(file, DEFAULT_FIX), expectedHexOfUncompressed, DEFAULT_FIX);
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    static void checkSha256(Path file, byte[] uncompressed, String expected, String fix) {
        String found = sha256Hex(uncompressed);
        if (!found.equalsIgnoreCase(expected)) {
            throw new DataException(file + ": SHA-256 of the uncompressed bytes is " + found + ", expected "
                    + expected + ". The file is corrupt, modified or a different file under this name. " + fix);
        }
    }

    /** The uncompressed bytes of {@code file}: gunzipped when it starts with the gzip magic 1f 8b. */
    static byte[] uncompressed(Path file, String fix) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": file not found. " + fix);
        }
        byte[] disk;
        try {
            disk = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + "). " + fix, e);
        }
        boolean gzip = disk.length >= 2 && (disk[0] & 0xff) == 0x1f && (disk[1] & 0xff) == 0x8b;
        if (gzip) {
            return gunzip(file, disk, fix);
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            throw new DataException(file + ": named .gz but is not gzip-compressed (it does not start with 1f 8b). "
                    + "If it is the raw IDX file, drop the .gz from its name; otherwise: " + fix);
        }
        return disk;
    }

    /** Fast path: the gzip trailer holds the uncompressed size, so the output is allocated once, exactly. */
    private static byte[] gunzip(Path file, byte[] disk, String fix) {
        long size = disk.length < 18 ? -1 : (disk[disk.length - 4] & 0xffL) | (disk[disk.length - 3] & 0xffL) << 8
                | (disk[disk.length - 2] & 0xffL) << 16 | (disk[disk.length - 1] & 0xffL) << 24;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(disk), 1 << 16)) {
            if (size >= 0 && size < Integer.MAX_VALUE - 16 && size <= 1100L * disk.length) {
                byte[] out = new byte[(int) size];
                int n = in.readNBytes(out, 0, out.length);
                if (n == out.length && in.read() == -1) {
                    return out;
                }
                throw new EOFException("gzip trailer size " + size + " does not match the data");
            }
            return in.readAllBytes();
        } catch (EOFException | ZipException e) {
            throw new DataException(file + ": the gzip data is truncated or corrupt (" + e.getMessage() + "). " + fix, e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be decompressed (" + e.getMessage() + "). " + fix, e);
        }
    }

    static IdxFile parse(Path file, byte[] raw, String fix) {
        if (raw.length < 4) {
            throw new DataException(file + ": truncated: " + raw.length + " bytes, but an IDX file starts with a "
                    + "4-byte magic number. " + fix);
        }
        int magic = (raw[0] & 0xff) << 24 | (raw[1] & 0xff) << 16 | (raw[2] & 0xff) << 8 | (raw[3] & 0xff);
        int n = raw[3] & 0xff;
        if (raw[0] != 0 || raw[1] != 0 || raw[2] != 8 || n < 1 || n > 4) {
            throw new DataException(String.format("%s: bad magic number 0x%08x: expected 0x00000801 (labels) or "
                    + "0x00000803 (images), unsigned bytes with 1 to 4 dimensions; this is not an IDX file. %s",
                    file, magic, fix));
        }
        int header = 4 + 4 * n;
        if (raw.length < header) {
            throw new DataException(file + ": truncated inside the header: " + raw.length + " bytes, the header of "
                    + "a " + n + "-dimensional IDX file has " + header + ". " + fix);
        }
        int[] dims = new int[n];
        long items = 1;
        for (int i = 0; i < n; i++) {
            int p = 4 + 4 * i;
            dims[i] = (raw[p] & 0xff) << 24 | (raw[p + 1] & 0xff) << 16 | (raw[p + 2] & 0xff) << 8 | (raw[p + 3] & 0xff);
            if (dims[i] < 0) {
                throw new DataException(file + ": header size " + i + " is negative (" + dims[i] + "); corrupt. " + fix);
            }
            items *= dims[i];
        }
        long expected = header + items;
        if (raw.length != expected) {
            String what = raw.length < expected ? "truncated" : "too long";
            throw new DataException(file + ": " + what + ": the header says " + Arrays.toString(dims) + " = "
                    + items + " bytes of data, but the file holds " + (raw.length - header) + ". " + fix);
        }
        return new IdxFile(file, dims, raw, header);
    }

    @Override
    public String toString() {
        return "IdxFile[" + file + ", " + Arrays.toString(dims) + "]";
    }
}
