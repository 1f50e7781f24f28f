package dev.shellbook.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;

/** Shared loading steps of the IDX data sets: find the file, read it, check its hash once per JVM, pair the files. */
final class DataFiles {
    /** pixel byte → pixel / 255, so conversion is one table look-up per pixel. */
    private static final double[] SCALED = new double[256];
    /** SCALED rounded to float32. */
    private static final float[] SCALED32 = new float[256];
    /** Files whose hash was already checked, keyed by path, size and modification time. */
    private static final Map<String, Boolean> VERIFIED = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < 256; i++) {
            SCALED[i] = i / 255.0;
            SCALED32[i] = (float) SCALED[i];
        }
    }

    private DataFiles() {}

    /** {@code dir/name.gz}, else the raw {@code dir/name}; a DataException listing what is there when neither exists. */
    static Path locate(Path dir, String name, String fix) {
        Path gz = dir.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path raw = dir.resolve(name);
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        throw new DataException(gz + ": file not found (nor the uncompressed " + name + "). The folder holds: "
                + listing(dir) + ". " + fix);
    }

    private static String listing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "nothing, it does not exist (working directory " + Path.of("").toAbsolutePath() + ")";
        }
        try (Stream<Path> files = Files.list(dir)) {
            String names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", "));
            return names.isEmpty() ? "no files" : names;
        } catch (IOException e) {
            return "(cannot list: " + e.getMessage() + ")";
        }
    }

    /**
     * Reads {@code file} and, unless {@code hashes} is empty, checks its SHA-256 is one of them (once per JVM and
     * file version: hashing 47 MB costs ~0.1 s, so repeated loads in one lesson skip it).
     */
    static IdxFile read(Path file, Set<String> hashes, String fix) {
        IdxFile f = IdxFile.read(file, fix);
        verify(f, hashes, fix);
        return f;
    }

    /** Checks the SHA-256 of {@code f}'s uncompressed bytes is one of {@code hashes} (skipped when empty). */
    static void verify(IdxFile f, Set<String> hashes, String fix) {
        String key = key(f.file());
        if (hashes.isEmpty() || VERIFIED.containsKey(key)) {
            return;
        }
        String found = IdxFile.sha256Hex(f.bytes());
        if (!hashes.contains(found)) {
            throw new DataException(f.file() + ": SHA-256 of the uncompressed bytes is " + found + ", expected "
                    + String.join(" or ", hashes) + ". The file is corrupt, modified or a different file under this "
                    + "name. " + fix);
        }
        VERIFIED.put(key, Boolean.TRUE);
    }

    private static String key(Path file) {
        try {
            return file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath() + "|?" + System.nanoTime();
        }
    }

    /** Checks the header is images: count × rows × cols. */
    static ImageSet images(IdxFile f, String fix) {
        int[] d = f.dims();
        if (d.length != 3) {
            throw new DataException(f.file() + ": expected images (3 dimensions: count×rows×cols, magic 0x00000803), "
                    + "found " + d.length + " dimension(s) " + Arrays.toString(d) + String.format(" (magic 0x%08x)",
                    f.magic()) + (d.length == 1 ? "; this looks like a label file under an image file's name. " : ". ")
                    + fix);
        }
        return new ImageSet(f.file(), d[0], d[1], d[2], f.bytes(), f.offset());
    }

    /** Checks the header is labels (1 dimension) and every label is below {@code classes}. */
    static int[] labels(IdxFile f, int classes, String fix) {
        int[] d = f.dims();
        if (d.length != 1) {
            throw new DataException(f.file() + ": expected labels (1 dimension, magic 0x00000801), found "
                    + d.length + " dimensions " + Arrays.toString(d) + String.format(" (magic 0x%08x)", f.magic())
                    + (d.length == 3 ? "; this looks like an image file under a label file's name. " : ". ") + fix);
        }
        byte[] b = f.bytes();
        int[] y = new int[d[0]];
        for (int i = 0; i < y.length; i++) {
            y[i] = b[f.offset() + i] & 0xff;
            if (y[i] >= classes) {
                throw new DataException(f.file() + ": label " + i + " is " + y[i] + ", but there are only " + classes
                        + " classes (0.." + (classes - 1) + "). " + fix);
            }
        }
        return y;
    }

    /**
     * Reads an image file and its label file as one data set: both checked (headers; hashes, chosen by item count;
     * labels below the number of classes; same count). The images' hash is computed on another thread while the
     * pixels are converted.
     */
    static Dataset load(Path imageFile, IntFunction<Set<String>> imageHashes, Path labelFile,
            IntFunction<Set<String>> labelHashes, String[] classNames, String fix) {
        IdxFile imageIdx = IdxFile.read(imageFile, fix);
        ImageSet images = images(imageIdx, fix);
        CompletableFuture<Void> check = CompletableFuture.runAsync(
                () -> verify(imageIdx, imageHashes.apply(images.count()), fix));
        IdxFile labelIdx;
        int[] y;
        try {
            labelIdx = IdxFile.read(labelFile, fix);
            y = labels(labelIdx, classNames.length, fix);
            if (images.count() != y.length) {
                throw new DataException(imageFile + " holds " + images.count() + " images but " + labelFile
                        + " holds " + y.length + " labels: they are not a pair. Use the images and labels of the "
                        + "same set (train-* with train-*, t10k-* with t10k-*). " + fix);
            }
        } catch (RuntimeException e) {
            check.exceptionally(t -> null).join();
            throw e;
        }
        try {
            check.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof DataException d ? d : e;
        }
        verify(labelIdx, labelHashes.apply(y.length), fix);
        return Dataset.ofPixels(images, y, classNames);
    }

    /** X = pixels / 255 as an n × (rows·cols) matrix, by table look-up, in parallel blocks of rows. */
    static DMatrixRMaj scaled(ImageSet images) {
        int n = images.count();
        int d = images.rows() * images.cols();
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        byte[] src = images.bytes();
        double[] dst = x.data;
        int off = images.offset();
        int block = 4096;
        IntStream.range(0, (n + block - 1) / block).parallel().forEach(b -> {
            int end = Math.min(n, (b + 1) * block) * d;
            for (int i = b * block * d; i < end; i++) {
                dst[i] = SCALED[src[off + i] & 0xff];
            }
        });
        return x;
    }

    /** dst[i·d + j] = pixel j of image rows[from + i] / 255, for i < n (the rows {@link #scaled} would hold). */
    static void scaledRows(ImageSet images, int[] rows, int from, int n, double[] dst) {
        int d = images.rows() * images.cols();
        byte[] src = images.bytes();
        for (int i = 0; i < n; i++) {
            int start = images.offset() + rows[from + i] * d;
            for (int j = 0; j < d; j++) {
                // x = pixel / 255
                dst[i * d + j] = SCALED[src[start + j] & 0xff];
            }
        }
    }

    /** dst[at + i][j] = (float) (pixel j of image rows[from + i] / 255), for i < n. Modifies dst[at .. at + n). */
    static void scaledRows(ImageSet images, int[] rows, int from, int n, float[][] dst, int at) {
        int d = images.rows() * images.cols();
        byte[] src = images.bytes();
        for (int i = 0; i < n; i++) {
            int start = images.offset() + rows[from + i] * d;
            float[] row = dst[at + i];
            for (int j = 0; j < d; j++) {
                // x = pixel / 255, rounded to float32
                row[j] = SCALED32[src[start + j] & 0xff];
            }
        }
    }
}
