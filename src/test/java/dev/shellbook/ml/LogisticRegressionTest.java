package dev.shellbook.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.Toy;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void gradientMatchesFiniteDifferences() {
        DMatrixRMaj x = Synthetic.x(25, 4, 11);
        int[] y = Synthetic.y(25, 2, 12);
        LogisticRegression model = new LogisticRegression(4).initNormal(0.8, 13);
        DMatrixRMaj dw = new DMatrixRMaj(1, 1);
        DMatrixRMaj db = new DMatrixRMaj(1, 1);
        double loss = model.gradient(x, y, dw, db);
        assertEquals(Losses.binaryCrossEntropy(model.predictProba(x), y), loss, 1e-12);
        double error = GradientCheck.maxRelativeError(List.of(model.w, model.b), List.of(dw, db),
                () -> Losses.binaryCrossEntropyFromLogits(model.logits(x), y), 1e-5, 100, 1);
        assertTrue(error < 1e-7, "relative error " + error);
    }

    @Test
    void toySetIsSeparated() {
        Dataset toy = Toy.logistic();
        LogisticRegression model = new LogisticRegression(2).initZeros();
        History h = model.fit(toy, null, Sgd.lr(0.5).batch(2).epochs(300).seed(1).quiet());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, model.predict(toy.x()));
        assertEquals(1.0, h.last().trainAccuracy(), 0);
        assertTrue(h.last().loss() < h.epochs().get(0).loss());
        DMatrixRMaj p = model.predictProba(toy.x());
        assertTrue(p.get(0, 0) < 0.5 && p.get(5, 0) > 0.5);
        assertEquals(3, model.parameterCount());
    }

    @Test
    void labelsOtherThanZeroOneAreRejected() {
        Dataset three = Synthetic.dataset(6, 2, 3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression(2).fit(three, null, Sgd.lr(0.1).quiet()));
        assertTrue(e.getMessage().startsWith("fit: expected labels 0 or 1, found y["), e.getMessage());
    }
}
