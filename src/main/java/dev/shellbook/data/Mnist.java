package dev.shellbook.data;

import dev.shellbook.Course;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MNIST hand-written digits (LeCun, Cortes, Burges): read from a folder when the four files are there, or
 * downloaded by {@link #download(Path)}. Counts are read from the headers, never assumed (a test subset has 10,000
 * training images).
 *
 * <p>Hashes (SHA-256 of the uncompressed files): the two official test files are checked always. The training
 * files are checked when they are the 10,000-image subset of {@code shared/data/mnist-subset}; the hashes of the full
 * 60,000-image training files could not be confirmed on the (offline) machine this was written on, so the full
 * training files are checked by their headers only (magic, 60,000 × 28 × 28, length, labels 0..9, same count).
 */
public final class Mnist {
    public static final String[] CLASS_NAMES = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    static final String TRAIN_IMAGES = FashionMnist.TRAIN_IMAGES;
    static final String TRAIN_LABELS = FashionMnist.TRAIN_LABELS;
    static final String TEST_IMAGES = FashionMnist.TEST_IMAGES;
    static final String TEST_LABELS = FashionMnist.TEST_LABELS;
    static final List<String> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);
    /** Accepted SHA-256 per file; empty = header checks only (see the class comment). */
    static final Map<String, Set<String>> SHA256 = Map.of(
            TEST_IMAGES, Set.of("0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
            TEST_LABELS, Set.of("ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"));
    /** The first 10,000 training images and labels (shared/data/mnist-subset). */
    static final Map<String, String> SUBSET_SHA256 = Map.of(
            TRAIN_IMAGES, "2889698e6bc3614913e76901316712919d1998fc2b44512451bfe65bc1e668b1",
            TRAIN_LABELS, "651e38e2ac0632f5113ec18f1df4977117f953197819034009971a6675a0df78");
    /** Where the official files are served from, tried in order. */
    static final List<String> MIRRORS = List.of("https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/", "http://yann.lecun.com/exdb/mnist/");

    private Mnist() {}

    /** {@code Course.dataDir()/mnist}. */
    public static Path dir() {
        return Course.dataDir().resolve("mnist");
    }

    /** True when all four files are in {@code dir} (as {@code .gz} or uncompressed). */
    public static boolean available(Path dir) {
        return FILES.stream().allMatch(f -> present(dir, f));
    }

    /** {@code dir/name.gz} or the uncompressed {@code dir/name} is there. */
    private static boolean present(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name + ".gz")) || Files.isRegularFile(dir.resolve(name));
    }

    /** What to do to get MNIST into {@code dir}: the four file names, where to put them and where they come from. */
    public static String howToGet(Path dir) {
        List<String> missing = FILES.stream().filter(f -> !present(dir, f)).map(f -> f + ".gz").toList();
        return "MNIST is not shipped with Shellbook. Put the four files train-images-idx3-ubyte.gz, "
                + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz into "
                + dir.toAbsolutePath() + " (missing now: " + (missing.isEmpty() ? "none" : String.join(", ", missing))
                + "). They are served at " + MIRRORS.get(0) + " and " + MIRRORS.get(2) + "; on a machine with "
                + "internet, ./shellbook mnist (or Mnist.download(Path.of(\"" + dir + "\"))) fetches and checks them.";
    }

    public static Dataset train() {
        return train(dir());
    }

    public static Dataset test() {
        return test(dir());
    }

    /** The training set in {@code dir} (60,000 digits, or however many the headers say). */
    public static Dataset train(Path dir) {
        return load(dir, TRAIN_IMAGES, TRAIN_LABELS);
    }

    /** The 10,000 test digits in {@code dir}. */
    public static Dataset test(Path dir) {
        return load(dir, TEST_IMAGES, TEST_LABELS);
    }

    private static Dataset load(Path dir, String imageName, String labelName) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": folder not found. " + howToGet(dir));
        }
        String fix = fix(dir);
        return DataFiles.load(DataFiles.locate(dir, imageName, fix), n -> hashes(imageName, n),
                DataFiles.locate(dir, labelName, fix), n -> hashes(labelName, n), CLASS_NAMES, fix);
    }

    /** Hashes to check {@code name} against given its item count: the subset's for 10,000 training items. */
    static Set<String> hashes(String name, int count) {
        if (SUBSET_SHA256.containsKey(name)) {
            return count == 10_000 ? Set.of(SUBSET_SHA256.get(name)) : Set.of();
        }
        return SHA256.get(name);
    }

    private static String fix(Path dir) {
        return "Delete it and put the official file there again (" + howToGet(dir) + ")";
    }

    /**
     * Downloads the missing files into {@code dir}, checking each (hash where known, headers always) before it is
     * moved into place. Offline or on a failed check: a DataException with {@link #howToGet}.
     */
    public static void download(Path dir) {
        download(dir, MIRRORS);
    }

    /** {@link #download(Path)} from the given base URLs, tried in order. */
    static void download(Path dir, List<String> mirrors) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DataException(dir + ": cannot create the folder (" + e.getMessage() + "). " + howToGet(dir), e);
        }
        for (String name : FILES) {
            if (!present(dir, name)) {
                fetch(http, dir, name, mirrors);
            }
        }
    }

    private static void fetch(HttpClient http, Path dir, String name, List<String> mirrors) {
        StringBuilder failures = new StringBuilder();
        Path part = dir.resolve(name + ".gz.part");
        for (String mirror : mirrors) {
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(mirror + name + ".gz"))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    failures.append(mirror).append(": HTTP ").append(r.statusCode()).append("; ");
                    continue;
                }
                Files.write(part, r.body());
                checkDownloaded(part, name);
                Files.move(part, dir.resolve(name + ".gz"), StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (IOException | DataException e) {
                failures.append(mirror).append(": ").append(e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()).append("; ");
                deleteQuietly(part);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataException("download of " + name + ".gz interrupted. " + howToGet(dir), e);
            }
        }
        throw new DataException("could not download " + name + ".gz (" + failures + "offline?). " + howToGet(dir));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: a later download overwrites it
        }
    }

    /** Full-set checks of a downloaded file: parses, 60,000 or 10,000 items, and the hash where one is known. */
    private static void checkDownloaded(Path part, String name) {
        String fix = "The download is damaged; try again.";
        IdxFile f = IdxFile.read(part, fix);
        int expected = name.startsWith("train") ? 60_000 : 10_000;
        if (f.dims()[0] != expected) {
            throw new DataException(part + ": expected " + expected + " items, found " + f.dims()[0] + ". " + fix);
        }
        DataFiles.verify(f, hashes(name, expected), fix);
    }
}
