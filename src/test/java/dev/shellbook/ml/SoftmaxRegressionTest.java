package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoftmaxRegressionTest {
    @Test
    void gradientMatchesFiniteDifferences() {
        DMatrixRMaj x = Synthetic.x(20, 6, 1);
        int[] y = Synthetic.y(20, 4, 2);
        SoftmaxRegression model = new SoftmaxRegression(6, 4).initNormal(0.5, 3);
        DMatrixRMaj dW = new DMatrixRMaj(1, 1);
        DMatrixRMaj db = new DMatrixRMaj(1, 1);
        model.gradient(x, y, dW, db);
        double error = GradientCheck.maxRelativeError(List.of(model.w, model.b), List.of(dW, db),
                () -> model.loss(new Dataset(x, y, new String[] {"a", "b", "c", "d"})), 1e-5, 100, 4);
        assertTrue(error < 1e-7, "relative error " + error);
    }

    @ParameterizedTest(name = "{0} classes, {1} threads, Vector API {2}, {3} features")
    @CsvSource({"10, 2, true, 784", "10, 1, true, 784", "10, 2, false, 784", "10, 2, true, 787", "3, 2, true, 784"})
    void float64KernelEngineMatchesEjmlEngine(int classes, int threads, boolean vector, int features) {
        Dataset train = Synthetic.dataset(515, features, classes, 5);
        Sgd kernel = Sgd.lr(0.1).batch(64).epochs(2).seed(9).quiet().threads(threads).vector(vector).float64();
        Sgd ejml = Sgd.lr(0.1).batch(64).epochs(2).seed(9).quiet().engine(Sgd.Engine.EJML);
        SoftmaxRegression a = new SoftmaxRegression(features, classes).initNormal(0.01, 1);
        SoftmaxRegression b = new SoftmaxRegression(features, classes).initNormal(0.01, 1);
        History ha = a.fit(train, null, kernel);
        History hb = b.fit(train, null, ejml);
        assertTrue(Synthetic.maxAbsDiff(a.weights(), b.weights()) < 1e-12);
        assertTrue(Synthetic.maxAbsDiff(a.bias(), b.bias()) < 1e-12);
        assertEquals(hb.last().loss(), ha.last().loss(), 1e-12);
        assertEquals(hb.last().trainAccuracy(), ha.last().trainAccuracy(), 0);
    }

    @Test
    void oneFullBatchStepIsMinusLrTimesGradient() {
        Dataset d = Synthetic.dataset(30, 5, 3, 8);
        SoftmaxRegression before = new SoftmaxRegression(5, 3).initNormal(0.3, 2);
        DMatrixRMaj dW = new DMatrixRMaj(1, 1);
        DMatrixRMaj db = new DMatrixRMaj(1, 1);
        before.gradient(d.x(), d.y(), dW, db);
        for (Sgd.Engine engine : Sgd.Engine.values()) {
            SoftmaxRegression m = new SoftmaxRegression(5, 3).initNormal(0.3, 2);
            m.fit(d, null, Sgd.lr(0.5).batch(30).epochs(1).shuffle(false).quiet().engine(engine).float64());
            for (int i = 0; i < dW.data.length; i++) {
                assertEquals(before.w.data[i] - 0.5 * dW.data[i], m.w.data[i], 1e-14, engine + " W " + i);
            }
            assertEquals(before.b.data[1] - 0.5 * db.data[1], m.b.data[1], 1e-14, engine + " b");
        }
    }

    /**
     * One full-batch step in float32 (the default) against the EJML engine's float64 step, entry by entry, within
     * the bound float32's rounding allows: W₀ rounded to float32 (2^-24 |W₀|, twice for margin), each row's logits
     * off by at most δ_i = 1e-5 · max_c (|b_c| + Σ_j |x_ij||w_jc|) (see {@link SoftmaxArrays32Test}), which moves
     * each entry of E = P − Y by at most δ_i (softmax's sensitivity is ≤ 1/2 per unit of the largest logit change),
     * and the float32 sum of B terms of size |x_ij| (|e| ≤ 1) rounding (B + 2) · 2^-24 of each:
     * |W32 − W64|_jc ≤ 2^-23 |W₀_jc| + (lr/B) Σ_i |x_ij| (δ_i + (B + 2) 2^-24). (Measured: the largest difference
     * is 0.6% of its bound; a step that is wrong by a few percent exceeds it.)
     */
    @ParameterizedTest(name = "Vector API {0}")
    @CsvSource({"true", "false"})
    void float32StepEqualsEjmlStepWithinFloat32Rounding(boolean vector) {
        int n = 200;
        int d = 787;
        Dataset data = Synthetic.dataset(n, d, 10, 11);
        SoftmaxRegression start = new SoftmaxRegression(d, 10).initNormal(0.3, 12);
        SoftmaxRegression f32 = new SoftmaxRegression(d, 10).initNormal(0.3, 12);
        SoftmaxRegression f64 = new SoftmaxRegression(d, 10).initNormal(0.3, 12);
        Sgd step = Sgd.lr(0.5).batch(n).epochs(1).shuffle(false).quiet();
        f32.fit(data, null, step.vector(vector).float32());
        f64.fit(data, null, Sgd.lr(0.5).batch(n).epochs(1).shuffle(false).quiet().engine(Sgd.Engine.EJML));
        double[] delta = new double[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 10; c++) {
                double scale = 0;
                for (int j = 0; j < d; j++) {
                    scale += Math.abs(data.x().get(i, j) * start.w.get(j, c));
                }
                delta[i] = Math.max(delta[i], 1e-5 * scale);
            }
        }
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.abs(data.x().get(i, j)) * (delta[i] + (n + 2) * 0x1p-24);
            }
            for (int c = 0; c < 10; c++) {
                double bound = 0x1p-23 * Math.abs(start.w.get(j, c)) + 0.5 / n * sum;
                double diff = Math.abs(f32.w.get(j, c) - f64.w.get(j, c));
                assertTrue(diff <= bound, "W[" + j + ", " + c + "]: " + diff + " > " + bound);
            }
        }
        double biasBound = 0.5 / n * java.util.Arrays.stream(delta).map(x -> x + (n + 2) * 0x1p-24).sum();
        assertTrue(Synthetic.maxAbsDiff(f32.bias(), f64.bias()) <= biasBound);
    }

    /**
     * Three epochs on 10,000 Fashion-MNIST images, float32 against float64: SGD carries the rounding differences
     * along from step to step, so no bound is derived here. Measured (Java 17, AVX-512): the mean losses differ by
     * 6e-9, 3e-8, 6e-8 in epochs 1–3, the accuracies not at all, W by at most 9.5e-7. The test allows 1e-6 in loss,
     * 10 rows in accuracy and 1e-5 in W (a wrong float32 update misses all three by orders of magnitude).
     */
    @Test
    void float32EpochsTrainLikeFloat64() {
        Dataset train = FashionMnist.train(Path.of("data", "fashion-mnist")).first(10_000);
        SoftmaxRegression a = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
        SoftmaxRegression b = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
        History h32 = a.fit(train, null, Sgd.lr(0.1).batch(256).epochs(3).seed(42).quiet().float32());
        History h64 = b.fit(train, null, Sgd.lr(0.1).batch(256).epochs(3).seed(42).quiet().float64());
        for (int e = 0; e < 3; e++) {
            EpochStats s32 = h32.epochs().get(e);
            EpochStats s64 = h64.epochs().get(e);
            assertEquals(s64.loss(), s32.loss(), 1e-6, "epoch " + (e + 1));
            assertEquals(s64.trainAccuracy(), s32.trainAccuracy(), 0.001, "epoch " + (e + 1));
        }
        assertTrue(Synthetic.maxAbsDiff(a.weights(), b.weights()) < 1e-5);
    }

    /** A loaded set (its pixel bytes) and the same images as a matrix (its float32 copy) train to the same bits. */
    @Test
    void float32TrainsTheSameFromPixelBytesAsFromTheMatrix() {
        Dataset loaded = FashionMnist.test(Path.of("data", "fashion-mnist"));
        Dataset matrix = FashionMnist.test(Path.of("data", "fashion-mnist"));
        assertTrue(loaded.matrix().isEmpty(), "a loaded set has no matrix until x() is asked");
        assertTrue(matrix.x() != null && matrix.matrix().isPresent());
        SoftmaxRegression a = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
        SoftmaxRegression b = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
        a.fit(loaded, null, Sgd.lr(0.1).batch(256).epochs(2).seed(42).quiet().float32());
        b.fit(matrix, null, Sgd.lr(0.1).batch(256).epochs(2).seed(42).quiet().float32());
        org.junit.jupiter.api.Assertions.assertArrayEquals(b.w.data, a.w.data, 0);
        assertTrue(loaded.matrix().isEmpty(), "training read the bytes; it made no matrix");
    }

    @Test
    void float32RunsGiveTheSameBitsForTheSameSeedOnAnyThreadCount() {
        Dataset train = Synthetic.dataset(700, 784, 10, 21);
        double[] first = null;
        for (int threads : new int[] {2, 2, 1}) {
            SoftmaxRegression m = new SoftmaxRegression(784, 10).initNormal(0.01, 22);
            m.fit(train, null, Sgd.lr(0.1).batch(64).epochs(2).seed(23).quiet().threads(threads));
            if (first == null) {
                first = m.w.data.clone();
            } else {
                org.junit.jupiter.api.Assertions.assertArrayEquals(first, m.w.data, 0, threads + " threads");
            }
        }
    }

    @Test
    void float32IsTheDefaultAndFloat64IsChosenByName() {
        assertEquals(Sgd.Precision.FLOAT32, Sgd.lr(0.1).precision());
        assertEquals(Sgd.Precision.FLOAT64, Sgd.lr(0.1).float64().precision());
        assertTrue(Sgd.lr(0.1).toString().contains("KERNEL float32"), Sgd.lr(0.1).toString());
    }

    @Test
    void fashionMnistReachesTestAccuracyAbove80Percent() {
        Path dir = Path.of("data", "fashion-mnist");
        Dataset train = FashionMnist.train(dir);
        Dataset test = FashionMnist.test(dir);
        SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
        History h = model.fit(train, test, Sgd.lr(0.1).batch(256).epochs(5).seed(42));
        assertEquals(5, h.epochs().size());
        assertTrue(h.last().testAccuracy() > 0.80, h.last().toString());
        assertTrue(h.losses()[4] < h.losses()[0], "loss falls");
        assertEquals(h.last().testAccuracy(), model.accuracy(test), 0);
        assertTrue(h.toString().contains("test acc"));
    }

    @Test
    void predictionsAndParameterCount() {
        SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.1, 1);
        assertEquals(7850, model.parameterCount());
        DMatrixRMaj x = Synthetic.x(4, 784, 3);
        DMatrixRMaj p = model.predictProba(x);
        int[] predicted = model.predict(x);
        for (int i = 0; i < 4; i++) {
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                sum += p.get(i, c);
            }
            assertEquals(1, sum, 1e-12);
            assertEquals(Labels.argmaxRows(p)[i], predicted[i]);
        }
    }
}
