package dev.shellbook.data;

import dev.shellbook.Course;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Fashion-MNIST (Zalando Research): 60,000 training and 10,000 test images of 28×28 grey pixels in ten classes,
 * shipped in {@code data/fashion-mnist/} and checked against the SHA-256 hashes listed in {@code data/README.md}.
 */
public final class FashionMnist {
    public static final String[] CLASS_NAMES = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
        "Shirt", "Sneaker", "Bag", "Ankle boot"};
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** SHA-256 of the uncompressed files, as in data/README.md. */
    static final Map<String, String> SHA256 = Map.of(
            TRAIN_IMAGES, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
            TRAIN_LABELS, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
            TEST_IMAGES, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
            TEST_LABELS, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    private FashionMnist() {}

    /** The folder the shipped files are in: {@code Course.dataDir()/fashion-mnist}. */
    public static Path dir() {
        return Course.dataDir().resolve("fashion-mnist");
    }

    /** The 60,000 training images, x scaled to [0, 1]. */
    public static Dataset train() {
        return train(dir());
    }

    /** The 10,000 test images, x scaled to [0, 1]. */
    public static Dataset test() {
        return test(dir());
    }

    /** The training set from {@code dir}, the folder holding the four {@code .gz} files. */
    public static Dataset train(Path dir) {
        return load(dir, TRAIN_IMAGES, TRAIN_LABELS);
    }

    /** The test set from {@code dir}, the folder holding the four {@code .gz} files. */
    public static Dataset test(Path dir) {
        return load(dir, TEST_IMAGES, TEST_LABELS);
    }

    /** The raw training images (bytes 0..255), for looking at pixels. */
    public static ImageSet trainImages() {
        return DataFiles.images(read(dir(), TRAIN_IMAGES), fix(dir()));
    }

    /** The 60,000 training labels 0..9. */
    public static int[] trainLabels() {
        return DataFiles.labels(read(dir(), TRAIN_LABELS), CLASS_NAMES.length, fix(dir()));
    }

    private static Dataset load(Path dir, String imageName, String labelName) {
        String fix = fix(dir);
        return DataFiles.load(DataFiles.locate(dir, imageName, fix), n -> Set.of(SHA256.get(imageName)),
                DataFiles.locate(dir, labelName, fix), n -> Set.of(SHA256.get(labelName)), CLASS_NAMES, fix);
    }

    private static IdxFile read(Path dir, String name) {
        Path file = DataFiles.locate(dir, name, fix(dir));
        return DataFiles.read(file, Set.of(SHA256.get(name)), fix(dir));
    }

    static String fix(Path dir) {
        return "Restore the shipped Fashion-MNIST files in " + dir + " (in the repository: git checkout -- "
                + "data/fashion-mnist; their origin and hashes are in data/README.md).";
    }
}
