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
    void kernelEngineMatchesEjmlEngine(int classes, int threads, boolean vector, int features) {
        Dataset train = Synthetic.dataset(515, features, classes, 5);
        Sgd kernel = Sgd.lr(0.1).batch(64).epochs(2).seed(9).quiet().threads(threads).vector(vector);
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
            m.fit(d, null, Sgd.lr(0.5).batch(30).epochs(1).shuffle(false).quiet().engine(engine));
            for (int i = 0; i < dW.data.length; i++) {
                assertEquals(before.w.data[i] - 0.5 * dW.data[i], m.w.data[i], 1e-14, engine + " W " + i);
            }
            assertEquals(before.b.data[1] - 0.5 * db.data[1], m.b.data[1], 1e-14, engine + " b");
        }
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
