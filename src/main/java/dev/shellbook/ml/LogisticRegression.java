package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Binary logistic regression: p = σ(Xw + b) = P(y = 1 | x), trained by minibatch SGD on the mean binary
 * cross-entropy, whose gradient is ∇w = Xᵀ(p − y)/n and ∇b = Σ(p − y)/n. Labels must be 0 or 1.
 */
public final class LogisticRegression {
    private final int features;
    /** w: d×1. */
    final DMatrixRMaj w;
    /** b: 1×1. */
    final DMatrixRMaj b = new DMatrixRMaj(1, 1);

    /** A model with all parameters zero. */
    public LogisticRegression(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("LogisticRegression: expected features >= 1, found " + features);
        }
        this.features = features;
        this.w = new DMatrixRMaj(features, 1);
    }

    /** w ~ N(0, σ²) from {@code seed}, b = 0. Modifies this model; returns it. */
    public LogisticRegression initNormal(double sigma, long seed) {
        Init.normal(w, sigma, new Random(seed));
        b.zero();
        return this;
    }

    /** w = 0, b = 0. Modifies this model; returns it. */
    public LogisticRegression initZeros() {
        w.zero();
        b.zero();
        return this;
    }

    /** Minibatch SGD like {@link SoftmaxRegression#fit}; {@code test} may be null. Modifies w and b. */
    public History fit(Dataset train, Dataset test, Sgd sgd) {
        Shapes.cols("fit", train, features);
        for (int i = 0; i < train.size(); i++) {
            Losses.checkBinary("fit", train.y(), i);
        }
        return Training.run("logistic regression", new Epoch(train, sgd), train.size(), sgd,
                () -> test == null ? Training.HeldOut.NONE : new Training.HeldOut(accuracy(test), Double.NaN));
    }

    /** One epoch of minibatch SGD on the batch copies, with work matrices reused across batches and epochs. */
    private final class Epoch implements EpochRunner {
        private final int[] y;
        private final Sgd sgd;
        private final Batches batches;
        private final DMatrixRMaj z = new DMatrixRMaj(1, 1);
        private final DMatrixRMaj gradW = new DMatrixRMaj(features, 1);

        Epoch(Dataset train, Sgd sgd) {
            this.y = train.y();
            this.sgd = sgd;
            this.batches = new Batches(train, Math.min(sgd.batch(), train.size()));
        }

        @Override
        public Totals run(int[] rows) {
            double lossSum = 0;
            long correct = 0;
            for (int from = 0; from < rows.length; from += sgd.batch()) {
                int n = batches.copy(rows, from, sgd.batch());
                // z = Xb w + b
                z.reshape(n, 1);
                CommonOps_DDRM.mult(batches.xb(), w, z);
                CommonOps_DDRM.add(z, b.data[0]);
                for (int i = 0; i < n; i++) {
                    int label = y[rows[from + i]];
                    double zi = z.data[i];
                    // loss_i = BCE(σ(z_i), y_i) = max(z,0) − z y + log(1 + e^−|z|)
                    lossSum += Math.max(zi, 0) - zi * label + Math.log1p(Math.exp(-Math.abs(zi)));
                    correct += (zi >= 0 ? 1 : 0) == label ? 1 : 0;
                    // e_i = σ(z_i) − y_i
                    z.data[i] = Activations.sigmoid(zi) - label;
                }
                // ∇w = Xbᵀ e ; w ← w − (lr/B) ∇w ; b ← b − (lr/B) Σ e
                CommonOps_DDRM.multTransA(batches.xb(), z, gradW);
                CommonOps_DDRM.addEquals(w, -sgd.lr() / n, gradW);
                b.data[0] -= sgd.lr() / n * CommonOps_DDRM.elementSum(z);
            }
            return new Totals(lossSum, correct, rows.length);
        }
    }

    /** z = Xw + b, n×1. */
    public DMatrixRMaj logits(DMatrixRMaj x) {
        Shapes.cols("logits", x, features);
        DMatrixRMaj z = new DMatrixRMaj(x.numRows, 1);
        // z = X w + b
        CommonOps_DDRM.mult(x, w, z);
        CommonOps_DDRM.add(z, b.data[0]);
        return z;
    }

    /** p = σ(Xw + b) = P(y = 1), n×1. */
    public DMatrixRMaj predictProba(DMatrixRMaj x) {
        return Activations.sigmoid(logits(x));
    }

    /** 1 where p ≥ 0.5 (z ≥ 0), else 0. */
    public int[] predict(DMatrixRMaj x) {
        DMatrixRMaj z = logits(x);
        int[] out = new int[z.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = z.data[i] >= 0 ? 1 : 0;
        }
        return out;
    }

    public double accuracy(Dataset d) {
        return Labels.accuracy(predict(d.x()), d.y());
    }

    /** Mean binary cross-entropy on {@code d}, from the logits. */
    public double loss(Dataset d) {
        return Losses.binaryCrossEntropyFromLogits(logits(d.x()), d.y());
    }

    /**
     * Mean BCE on ({@code x}, {@code y}) and its gradients dw = Xᵀ(p − y)/n (d×1), db = Σ(p − y)/n (1×1).
     * Modifies dw and db only.
     */
    public double gradient(DMatrixRMaj x, int[] y, DMatrixRMaj dw, DMatrixRMaj db) {
        DMatrixRMaj z = logits(x);
        double loss = Losses.binaryCrossEntropyFromLogits(z, y);
        for (int i = 0; i < y.length; i++) {
            // e_i = (σ(z_i) − y_i) / n
            z.data[i] = (Activations.sigmoid(z.data[i]) - y[i]) / y.length;
        }
        dw.reshape(features, 1);
        // dw = Xᵀ e
        CommonOps_DDRM.multTransA(x, z, dw);
        db.reshape(1, 1);
        db.data[0] = CommonOps_DDRM.elementSum(z);
        return loss;
    }

    /** d + 1. */
    public int parameterCount() {
        return features + 1;
    }

    /** w (d×1), a copy. */
    public DMatrixRMaj weights() {
        return w.copy();
    }

    /** b as a number. */
    public double bias() {
        return b.data[0];
    }

    @Override
    public String toString() {
        return "LogisticRegression[" + features + " features, " + parameterCount() + " parameters]";
    }
}
