package dev.shellbook.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {
    static final Path SUBSET = Path.of("..", "shared", "data", "mnist-subset");

    @Test
    void subsetLoadsWithCountsFromTheHeaders() {
        assumeTrue(Files.isDirectory(SUBSET), "no MNIST subset at " + SUBSET.toAbsolutePath());
        assertTrue(Mnist.available(SUBSET));
        Dataset train = Mnist.train(SUBSET);
        Dataset test = Mnist.test(SUBSET);
        assertEquals(10_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(784, train.features());
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, Arrays.copyOf(train.y(), 10));
    }

    @Test
    void missingFolderSaysWhatToDo(@TempDir Path dir) {
        Path mnist = dir.resolve("mnist");
        assertFalse(Mnist.available(mnist));
        DataException e = assertThrows(DataException.class, () -> Mnist.train(mnist));
        assertTrue(e.getMessage().contains("MNIST is not shipped"), e.getMessage());
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains(mnist.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Mnist.download"), e.getMessage());
    }

    @Test
    void imagesAndLabelsOfDifferentCountsAreNotAPair(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.idx(5, 28, 28));
        IdxFiles.gz(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.idx(4));
        DataException e = assertThrows(DataException.class, () -> Mnist.train(dir));
        assertTrue(e.getMessage().contains("holds 5 images but " + dir.resolve("train-labels-idx1-ubyte.gz")
                + " holds 4 labels: they are not a pair"), e.getMessage());
    }

    @Test
    void labelFileUnderImageNameIsReported(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.idx(5));
        IdxFiles.gz(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.idx(5));
        DataException e = assertThrows(DataException.class, () -> Mnist.train(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz: expected images (3 dimensions"),
                e.getMessage());
        assertTrue(e.getMessage().contains("looks like a label file"), e.getMessage());
    }

    @Test
    void imageFileUnderLabelNameIsReported(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.idx(5, 28, 28));
        IdxFiles.gz(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFiles.idx(5, 28, 28));
        DataException e = assertThrows(DataException.class, () -> Mnist.train(dir));
        assertTrue(e.getMessage().contains("looks like an image file"), e.getMessage());
    }

    @Test
    void labelOutOfRangeIsReported(@TempDir Path dir) {
        byte[] labels = IdxFiles.idx(3);
        labels[labels.length - 1] = 12;
        IdxFiles.gz(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.idx(3, 28, 28));
        IdxFiles.gz(dir.resolve("train-labels-idx1-ubyte.gz"), labels);
        DataException e = assertThrows(DataException.class, () -> Mnist.train(dir));
        assertTrue(e.getMessage().contains("label 2 is 12, but there are only 10 classes"), e.getMessage());
    }

    @Test
    void tamperedTestFileFailsTheOfficialHash(@TempDir Path dir) {
        IdxFiles.gz(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxFiles.idx(3, 28, 28));
        IdxFiles.gz(dir.resolve("t10k-labels-idx1-ubyte.gz"), IdxFiles.idx(3));
        DataException e = assertThrows(DataException.class, () -> Mnist.test(dir));
        assertTrue(e.getMessage().contains("expected 0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
                e.getMessage());
    }

    @Test
    void tenThousandImageTrainingFileMustBeTheKnownSubset() {
        assertEquals(1, Mnist.hashes("train-images-idx3-ubyte", 10_000).size());
        assertTrue(Mnist.hashes("train-images-idx3-ubyte", 60_000).isEmpty());
        assertEquals(1, Mnist.hashes("t10k-labels-idx1-ubyte", 10_000).size());
    }

    @Test
    void downloadOfflineSaysWhereToPutTheFiles(@TempDir Path dir) {
        DataException e = assertThrows(DataException.class,
                () -> Mnist.download(dir, java.util.List.of("http://127.0.0.1:9/")));
        assertTrue(e.getMessage().startsWith("could not download train-images-idx3-ubyte.gz (http://127.0.0.1:9/: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Put the four files"), e.getMessage());
    }

    @Test
    void downloadRejectsAFileThatFailsTheChecks(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(SUBSET), "no MNIST subset at " + SUBSET.toAbsolutePath());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = Files.readAllBytes(SUBSET.resolve(exchange.getRequestURI().getPath().substring(1)));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            DataException e = assertThrows(DataException.class, () -> Mnist.download(dir, java.util.List.of(url)));
            assertTrue(e.getMessage().contains("expected 60000 items, found 10000"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("train-images-idx3-ubyte.gz")));
            assertFalse(Files.exists(dir.resolve("train-images-idx3-ubyte.gz.part")));
        } finally {
            server.stop(0);
        }
    }
}
