package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Softmax regression: P = softmax(XW + b) with W (d×k) and b (1×k), trained by minibatch SGD on the mean
 * cross-entropy. Its gradient is ∇W = Xᵀ(P − Y)/n and ∇b = 1ᵀ(P − Y)/n.
 */
public final class SoftmaxRegression implements Classifier {
    private final int features;
    private final int classes;
    /** W: d×k, column c holds the weights of class c. */
    final DMatrixRMaj w;
    /** b: 1×k. */
    final DMatrixRMaj b;

    /** A model with all parameters zero (call {@link #initNormal} for small random weights). */
    public SoftmaxRegression(int features, int classes) {
        if (features < 1 || classes < 2) {
            throw new IllegalArgumentException("SoftmaxRegression: expected features >= 1 and classes >= 2, found "
                    + features + " and " + classes);
        }
        this.features = features;
        this.classes = classes;
        this.w = new DMatrixRMaj(features, classes);
        this.b = new DMatrixRMaj(1, classes);
    }

    /** W ~ N(0, σ²) element-wise from {@code seed}, b = 0. Modifies this model; returns it. */
    public SoftmaxRegression initNormal(double sigma, long seed) {
        Init.normal(w, sigma, new Random(seed));
        b.zero();
        return this;
    }

    /** W = 0, b = 0. Modifies this model; returns it. */
    public SoftmaxRegression initZeros() {
        w.zero();
        b.zero();
        return this;
    }

    /**
     * Trains by minibatch SGD, one {@link EpochStats} per epoch (printed unless {@code sgd.quiet()}). {@code test}
     * may be null. {@code EpochStats.seconds} is the training time of the epoch, without the test evaluation.
     * Modifies W and b.
     */
    public History fit(Dataset train, Dataset test, Sgd sgd) {
        Shapes.cols("fit", train, features);
        if (test != null) {
            Shapes.cols("fit (test set)", test, features);
        }
        Shapes.labels("fit", train.y(), classes);
        EpochRunner runner = sgd.engine() == Sgd.Engine.EJML ? new SoftmaxEjmlEpoch(this, train, sgd)
                : new SoftmaxKernelEpoch(this, train, sgd);
        return Training.run("softmax regression", runner, train.size(), sgd,
                () -> test == null ? Training.HeldOut.NONE : new Training.HeldOut(accuracy(test), Double.NaN));
    }

    /** Z = XW + b (n×k), a new matrix. */
    @Override
    public DMatrixRMaj logits(DMatrixRMaj x) {
        Shapes.cols("logits", x, features);
        DMatrixRMaj z = new DMatrixRMaj(x.numRows, classes);
        // Z = X W
        CommonOps_DDRM.mult(x, w, z);
        // Z = Z + 1 b (b added to every row)
        Bias.addRows(z, b);
        return z;
    }

    /** Mean cross-entropy on {@code d}, computed from the logits. */
    public double loss(Dataset d) {
        return Losses.crossEntropyFromLogits(logits(d.x()), d.y());
    }

    /** d·k + k: 784 features and 10 classes give 7,850. */
    public int parameterCount() {
        return features * classes + classes;
    }

    /** W (d×k), a copy. */
    public DMatrixRMaj weights() {
        return w.copy();
    }

    /** b (1×k), a copy. */
    public DMatrixRMaj bias() {
        return b.copy();
    }

    public int features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    /**
     * Mean cross-entropy of the rows of {@code x} and its gradients: dW (d×k) = Xᵀ(P − Y)/n, db (1×k) = 1ᵀ(P − Y)/n.
     * Modifies {@code dW} and {@code db} (they receive the gradient); the model is unchanged.
     */
    public double gradient(DMatrixRMaj x, int[] y, DMatrixRMaj dW, DMatrixRMaj db) {
        Shapes.labels("gradient", y, classes);
        DMatrixRMaj p = predictProba(x);
        double loss = Losses.crossEntropy(p, y);
        // E = (P − Y) / n
        for (int i = 0; i < y.length; i++) {
            p.data[i * classes + y[i]] -= 1.0;
        }
        CommonOps_DDRM.scale(1.0 / y.length, p);
        // dW = Xᵀ E
        dW.reshape(features, classes);
        CommonOps_DDRM.multTransA(x, p, dW);
        // db = 1ᵀ E (column sums)
        db.reshape(1, classes);
        CommonOps_DDRM.sumCols(p, db);
        return loss;
    }

    @Override
    public String toString() {
        return "SoftmaxRegression[" + features + " features → " + classes + " classes, " + parameterCount()
                + " parameters]";
    }
}
