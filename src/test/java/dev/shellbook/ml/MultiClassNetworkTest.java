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
