package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import dev.shellbook.ml.Network.Activation;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class NetworkTest {
    @ParameterizedTest(name = "{0} then {1}, l1 {2}, l2 {3}")
    @CsvSource({"RELU, RELU, 0, 0", "SIGMOID, SIGMOID, 0, 0", "TANH, TANH, 0, 0", "RELU, TANH, 0.01, 0.02",
        "SIGMOID, RELU, 0.03, 0", "TANH, SIGMOID, 0, 0.05"})
    void gradientMatchesFiniteDifferences(Activation first, Activation second, double l1, double l2) {
        DMatrixRMaj x = Synthetic.x(12, 5, 21);
        int[] y = Synthetic.y(12, 3, 22);
        Network net = Network.input(5).dense(4, first).dense(6, second).softmax(3).normal(0.7, 23).l1(l1).l2(l2)
                .build();
        List<DMatrixRMaj> params = net.parameters();
        for (int p = 1; p < params.size(); p += 2) {
            params.get(p).data[0] = 0.3; // nonzero biases, so their gradients are checked away from 0
        }
        List<DMatrixRMaj> grads = net.gradient(x, y);
        GradientCheck.Entry worst = GradientCheck.worst(params, grads, () -> net.loss(x, y), 1e-5, 100, 24);
        assertTrue(worst.relativeError() < 1e-6, worst.toString());
    }

    @Test
    void softmaxOutputAloneMatchesFiniteDifferences() {
        DMatrixRMaj x = Synthetic.x(9, 4, 31);
        int[] y = Synthetic.y(9, 5, 32);
        Network net = Network.input(4).softmax(5).normal(2.0, 33).l2(0.1).build();
        GradientCheck.Entry worst = GradientCheck.worst(net.parameters(), net.gradient(x, y), () -> net.loss(x, y),
                1e-6, 100, 34);
        assertTrue(worst.relativeError() < 1e-7, worst.toString());
    }

    @Test
    void countsTheSourcesParameters() {
        assertEquals(648_010, Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10)
                .build().parameterCount());
        NetworkBuilder five = Network.input(784);
        for (int i = 0; i < 5; i++) {
            five.dense(500, Activation.RELU);
        }
        assertEquals(1_399_510, five.softmax(10).build().parameterCount());
        assertEquals(23_860, Network.input(784).dense(30, Activation.RELU).softmax(10).build().parameterCount());
        assertEquals(79_510, Network.input(784).dense(100, Activation.SIGMOID).softmax(10).build().parameterCount());
        assertEquals(79_510, Network.parameterCount(784, 100, 10));
    }

    @Test
    void summaryHasOneRowPerLayerAndATotal() {
        Table t = Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10).build()
                .summary();
        assertEquals(List.of(392_500L, 250_500L, 5_010L, 648_010L), t.longColumn("parameters").asList());
        assertEquals("(batch, 500)", t.stringColumn("output shape").get(0));
        assertEquals("dense 3 (softmax)", t.stringColumn("layer").get(2));
        assertEquals("total", t.stringColumn("layer").get(3));
        assertTrue(t.printAll().contains("648,010"), t.printAll());
    }

    @ParameterizedTest(name = "{0}, l1 {1}, l2 {2}")
    @CsvSource({"SIGMOID, 0, 0", "RELU, 0.001, 0.002"})
    void sgdGivesTheMultiClassNetworksKernelWeights(MultiClassNetwork.Activation act, double l1, double l2) {
        Dataset train = Synthetic.dataset(203, 30, 4, 41);
        for (int i = 0; i < train.x().data.length; i += 3) {
            train.x().data[i] = 0; // zero pixels take the kernel's skipping path
        }
        MultiClassNetwork old = new MultiClassNetwork(30, 7, 4, act).initNormal(0.3, 5).l1(l1).l2(l2);
        Network net = Network.input(30).dense(7, Activation.valueOf(act.name())).softmax(4).normal(0.3, 5).l1(l1)
                .l2(l2).build();
        Sgd sgd = Sgd.lr(0.2).batch(16).epochs(3).seed(6).quiet();
        History ho = old.fit(train, train, sgd);
        History hn = net.fit(train, train, Sgd.lr(0.2).batch(16).epochs(3).seed(6).quiet().engine(Sgd.Engine.EJML));
        for (int p = 0; p < 4; p++) {
            double diff = Synthetic.maxAbsDiff(old.parameters().get(p), net.parameters().get(p));
            assertTrue(diff < 1e-12, "parameter " + p + " differs by " + diff);
        }
        assertEquals(ho.last().loss(), hn.last().loss(), 1e-12);
        assertEquals(ho.last().validationLoss(), hn.last().validationLoss(), 1e-12);
    }

    @ParameterizedTest(name = "adam {0}")
    @CsvSource({"false", "true"})
    void ejmlAndFastGemmGiveTheSameWeights(boolean adam) {
        Dataset train = Synthetic.dataset(150, 20, 5, 51);
        Network a = deep(20, 5);
        Network b = deep(20, 5);
        a.fit(train, null, optimiser(adam).engine(Sgd.Engine.EJML));
        b.fit(train, null, optimiser(adam).engine(Sgd.Engine.KERNEL));
        for (int p = 0; p < a.parameters().size(); p++) {
            DMatrixRMaj pa = a.parameters().get(p);
            DMatrixRMaj pb = b.parameters().get(p);
            for (int i = 0; i < pa.data.length; i++) {
                assertEquals(pa.data[i], pb.data[i], 1e-12 * Math.max(1, Math.abs(pa.data[i])), "parameter " + p);
            }
        }
    }

    @ParameterizedTest(name = "adam {0}, float32 {1}")
    @CsvSource({"true, false", "false, false", "true, true"})
    void seededRunsRepeatBitForBit(boolean adam, boolean float32) {
        Dataset train = Synthetic.dataset(120, 20, 5, 61);
        Network a = deep(20, 5, float32);
        Network b = deep(20, 5, float32);
        History ha = a.fit(train, train, optimiser(adam));
        History hb = b.fit(train, train, optimiser(adam));
        for (int p = 0; p < a.parameters().size(); p++) {
            assertArrayEquals(a.parameters().get(p).data, b.parameters().get(p).data, "parameter " + p);
        }
        assertArrayEquals(ha.losses(), hb.losses());
        assertArrayEquals(ha.validationLosses(), hb.validationLosses());
    }

    @ParameterizedTest(name = "float32 {0}")
    @CsvSource({"false", "true"})
    void trainsOnAMappedViewAsOnItsMatrixBitForBit(boolean float32) {
        Dataset scaled = Synthetic.dataset(120, 20, 5, 63);
        Dataset view = scaled.map(v -> Math.round(255 * v));
        Dataset copy = new Dataset(view.x().copy(), view.y(), view.classNames());
        Network onView = deep(20, 5, float32);
        Network onCopy = deep(20, 5, float32);
        History hv = onView.fit(scaled.map(v -> Math.round(255 * v)), null, optimiser(true));
        History hc = onCopy.fit(copy, null, optimiser(true));
        for (int p = 0; p < onView.parameters().size(); p++) {
            assertArrayEquals(onCopy.parameters().get(p).data, onView.parameters().get(p).data, "parameter " + p);
        }
        assertArrayEquals(hc.losses(), hv.losses());
    }

    @Test
    void adamTakesTheFirstTwoStepsOfItsDefinition() {
        // one input x = 1, two classes, label 0, W = b = 0: z = (w0 + b0, w1 + b1), ∂L/∂w_c = ∂L/∂b_c = p_c − y_c
        Network net = Network.input(1).softmax(2).build();
        net.parameters().get(0).zero();
        Dataset one = new Dataset(new DMatrixRMaj(new double[][] {{1}}), new int[] {0}, new String[] {"a", "b"});
        double lr = 0.1;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-7;
        net.fit(one, null, Sgd.adam(lr).batch(1).epochs(1).quiet());
        // step 1: g = p − y = (0.5 − 1, 0.5) = (−0.5, 0.5); m = 0.1 g, v = 0.001 g², m̂ = g, v̂ = g²
        double g0 = -0.5;
        double m = (1 - b1) * g0;
        double v = (1 - b2) * g0 * g0;
        double w0 = -lr * (m / (1 - b1)) / (Math.sqrt(v / (1 - b2)) + eps);
        assertEquals(w0, net.parameters().get(0).get(0, 0), 1e-15);
        assertEquals(-w0, net.parameters().get(0).get(0, 1), 1e-15);
        assertEquals(w0, net.parameters().get(1).get(0, 0), 1e-15);
        // step 2: z = (2 w0, −2 w0), p0 = 1 / (1 + e^(−4 w0)), g = p0 − 1
        net.fit(one, null, Sgd.adam(lr).batch(1).epochs(1).quiet());
        // (a new fit starts Adam afresh: t = 1 again, with m = v = 0)
        double g1 = 1 / (1 + Math.exp(-4 * w0)) - 1;
        double w1 = w0 - lr * g1 / (Math.abs(g1) + eps);
        assertEquals(w1, net.parameters().get(0).get(0, 0), 1e-15);
        Network cont = Network.input(1).softmax(2).build();
        cont.parameters().get(0).zero();
        cont.fit(one, null, Sgd.adam(lr).batch(1).epochs(2).shuffle(false).quiet());
        // within one run, step 2 uses t = 2: m = β1 m1 + (1 − β1) g1, v = β2 v1 + (1 − β2) g1²
        double m2 = b1 * m + (1 - b1) * g1;
        double v2 = b2 * v + (1 - b2) * g1 * g1;
        double w2 = w0 - lr * (m2 / (1 - b1 * b1)) / (Math.sqrt(v2 / (1 - b2 * b2)) + eps);
        assertEquals(w2, cont.parameters().get(0).get(0, 0), 1e-15);
        assertEquals(-w2, cont.parameters().get(0).get(0, 1), 1e-15);
    }

    @Test
    void float32GradientsAgreeWithFloat64ToSinglePrecision() {
        DMatrixRMaj x = Synthetic.x(12, 5, 81);
        int[] y = Synthetic.y(12, 3, 82);
        Network f64 = Network.input(5).dense(8, Activation.TANH).dense(6, Activation.RELU).softmax(3).normal(0.7, 83)
                .l1(0.01).l2(0.02).build();
        Network f32 = Network.input(5).dense(8, Activation.TANH).dense(6, Activation.RELU).softmax(3).normal(0.7, 83)
                .l1(0.01).l2(0.02).float32(true).build();
        List<DMatrixRMaj> g64 = f64.gradient(x, y);
        List<DMatrixRMaj> g32 = f32.gradient(x, y);
        for (int p = 0; p < g64.size(); p++) {
            double scale = Math.max(1e-3, org.ejml.dense.row.CommonOps_DDRM.elementMaxAbs(g64.get(p)));
            double diff = Synthetic.maxAbsDiff(g64.get(p), g32.get(p));
            assertTrue(diff < 1e-5 * scale, "gradient " + p + " differs by " + diff + " (largest entry " + scale + ")");
            assertTrue(diff > 0, "gradient " + p + " is bit-identical, so float32 was not used");
        }
        assertEquals(f64.loss(x, y), f32.loss(x, y), 1e-5);
    }

    @Test
    void float32TrainsToTheSameAccuracyAsFloat64() {
        Dataset all = FashionMnist.train(Path.of("data", "fashion-mnist"));
        Dataset train = all.first(3000);
        Dataset validation = all.subset(java.util.stream.IntStream.range(50_000, 51_000).toArray());
        double[] acc = new double[2];
        for (int i = 0; i < 2; i++) {
            Network net = Network.input(784).dense(40, Activation.RELU).softmax(10).float32(i == 1).build();
            acc[i] = net.fit(train, validation, Sgd.adam().batch(32).epochs(2).seed(5).quiet()).last().testAccuracy();
        }
        assertEquals(acc[0], acc[1], 0.01, "float64 " + acc[0] + ", float32 " + acc[1]);
        assertTrue(acc[1] > 0.75, "float32 " + acc[1]);
    }

    @Test
    void modelsWithoutAdamSayWhereItIs() {
        Dataset train = Synthetic.dataset(20, 3, 2, 71);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxRegression(3, 2).fit(train, null, Sgd.adam().quiet()));
        assertTrue(e.getMessage().contains("Network"), e.getMessage());
    }

    @Test
    void builderSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Network.input(4).dense(3, Activation.RELU).build());
        assertTrue(e.getMessage().contains(".softmax(k)"), e.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> Network.input(4).softmax(2).build().predict(new DMatrixRMaj(2, 5)));
        assertTrue(wrong.getMessage().contains("expected n×4"), wrong.getMessage());
    }

    @Test
    void learnsFashionMnistWithAdam() {
        Dataset all = FashionMnist.train(Path.of("data", "fashion-mnist"));
        Dataset train = all.first(6000);
        Dataset validation = all.subset(java.util.stream.IntStream.range(50_000, 52_000).toArray());
        Network net = Network.input(784).dense(64, Activation.RELU).dense(32, Activation.TANH).softmax(10)
                .glorotUniform(3).build();
        History h = net.fit(train, validation, Sgd.adam(1e-3).batch(32).epochs(2).seed(3));
        assertTrue(h.last().testAccuracy() > 0.78, h.last().toString());
        assertEquals(h.last().validationLoss(), net.loss(validation), 1e-12);
        assertEquals(h.last().testAccuracy(), net.accuracy(validation), 1e-12);
        assertEquals(1.0, net.predictProba(validation.x()).get(7, 0) + rowRest(net.predictProba(validation.x()), 7),
                1e-12);
    }

    private static double rowRest(DMatrixRMaj p, int row) {
        double s = 0;
        for (int c = 1; c < p.numCols; c++) {
            s += p.get(row, c);
        }
        return s;
    }

    private static Network deep(int d, int k) {
        return deep(d, k, false);
    }

    private static Network deep(int d, int k, boolean float32) {
        return Network.input(d).dense(9, Activation.RELU).dense(7, Activation.TANH).dense(6, Activation.SIGMOID)
                .softmax(k).glorotUniform(8).l1(1e-3).l2(1e-3).float32(float32).build();
    }

    private static Sgd optimiser(boolean adam) {
        Sgd sgd = adam ? Sgd.adam(1e-2) : Sgd.lr(0.1);
        return sgd.batch(16).epochs(2).seed(9).quiet();
    }
}
