package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MultiClassNetworkTest {
    @ParameterizedTest(name = "{0}, l1 {1}, l2 {2}")
    @CsvSource({"SIGMOID, 0, 0", "RELU, 0, 0", "SIGMOID, 0.01, 0.02", "RELU, 0.03, 0.01"})
    void gradientMatchesFiniteDifferences(MultiClassNetwork.Activation act, double l1, double l2) {
        DMatrixRMaj x = Synthetic.x(12, 5, 21);
        int[] y = Synthetic.y(12, 3, 22);
        MultiClassNetwork net = new MultiClassNetwork(5, 4, 3, act).initNormal(0.7, 23).l1(l1).l2(l2);
        List<DMatrixRMaj> grads = net.gradient(x, y);
        GradientCheck.Entry worst = GradientCheck.worst(net.parameters(), grads, () -> net.loss(x, y), 1e-6, 100, 24);
        assertTrue(worst.relativeError() < 1e-6, worst.toString());
    }

    @ParameterizedTest(name = "{0}, l1 {1}, l2 {2}")
    @CsvSource({"SIGMOID, 0, 0", "RELU, 0.001, 0.002"})
    void kernelEngineMatchesEjmlEngine(MultiClassNetwork.Activation act, double l1, double l2) {
        Dataset train = Synthetic.dataset(203, 30, 4, 31);
        for (int i = 0; i < train.x().data.length; i += 3) {
            train.x().data[i] = 0; // zero pixels take the kernel's skipping path
        }
        MultiClassNetwork a = new MultiClassNetwork(30, 7, 4, act).initNormal(0.3, 5).l1(l1).l2(l2);
        MultiClassNetwork b = new MultiClassNetwork(30, 7, 4, act).initNormal(0.3, 5).l1(l1).l2(l2);
        History ha = a.fit(train, train, Sgd.lr(0.2).batch(16).epochs(3).seed(6).quiet());
        History hb = b.fit(train, train, Sgd.lr(0.2).batch(16).epochs(3).seed(6).quiet().engine(Sgd.Engine.EJML));
        for (int p = 0; p < 4; p++) {
            double diff = Synthetic.maxAbsDiff(a.parameters().get(p), b.parameters().get(p));
            assertTrue(diff < 1e-12, "parameter " + p + " differs by " + diff);
        }
        assertEquals(hb.last().loss(), ha.last().loss(), 1e-12);
        assertEquals(hb.last().validationLoss(), ha.last().validationLoss(), 1e-12);
    }

    @Test
    void parameterCounts() {
        assertEquals(79_510, new MultiClassNetwork(784, 100, 10, MultiClassNetwork.Activation.RELU).parameterCount());
        assertEquals(23_860, MultiClassNetwork.parameterCount(784, 30, 10));
    }

    @Test
    void learnsFashionMnistAndRecordsValidationLoss() {
        Dataset all = FashionMnist.train(Path.of("data", "fashion-mnist"));
        Dataset train = all.first(6000);
        Dataset validation = all.subset(java.util.stream.IntStream.range(50_000, 52_000).toArray());
        MultiClassNetwork net = new MultiClassNetwork(784, 100, 10, MultiClassNetwork.Activation.RELU);
        History h = net.fit(train, validation, Sgd.lr(0.1).batch(64).epochs(3).seed(3));
        assertEquals(3, h.validationLosses().length);
        assertTrue(h.last().testAccuracy() > 0.75, h.last().toString());
        assertTrue(h.last().toString().contains("val loss"), h.last().toString());
        assertEquals(h.last().validationLoss(), net.loss(validation.x(), validation.y()), 1e-12);
    }
}
