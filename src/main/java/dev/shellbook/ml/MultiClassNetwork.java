package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A network with one hidden layer: P = softmax(act(X W1 + b1) W2 + b2), e.g. 784 → 100 → 10, trained by minibatch
 * SGD with backpropagation on the mean cross-entropy plus an optional penalty λ1 Σ|W| + λ2 Σ W² on W1 and W2.
 */
public final class MultiClassNetwork {
    /** The hidden layer's activation. */
    public enum Activation { SIGMOID, RELU }

    final int inputs;
    final int hidden;
    final int classes;
    final Activation activation;
    final DMatrixRMaj w1;
    final DMatrixRMaj b1;
    final DMatrixRMaj w2;
    final DMatrixRMaj b2;
    double l1;
    double l2;

    /** A network initialised with W ~ N(0, 1/fan-in) from seed 42 and zero biases (see {@link #initNormal}). */
    public MultiClassNetwork(int inputs, int hidden, int classes, Activation activation) {
        if (inputs < 1 || hidden < 1 || classes < 2 || activation == null) {
            throw new IllegalArgumentException("MultiClassNetwork: expected inputs, hidden >= 1, classes >= 2 and an "
                    + "activation, found " + inputs + ", " + hidden + ", " + classes + ", " + activation);
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.classes = classes;
        this.activation = activation;
        w1 = new DMatrixRMaj(inputs, hidden);
        b1 = new DMatrixRMaj(1, hidden);
        w2 = new DMatrixRMaj(hidden, classes);
        b2 = new DMatrixRMaj(1, classes);
        Init.normal(w1, 1 / Math.sqrt(inputs), new Random(42));
        Init.normal(w2, 1 / Math.sqrt(hidden), new Random(43));
    }

    /** W1, W2 ~ N(0, σ²) from {@code seed}, biases 0. Modifies this network; returns it. */
    public MultiClassNetwork initNormal(double sigma, long seed) {
        Random random = new Random(seed);
        Init.normal(w1, sigma, random);
        Init.normal(w2, sigma, random);
        b1.zero();
        b2.zero();
        return this;
    }

    /** Adds λ1 Σ|W| to the loss (W1 and W2, not the biases). Returns this. */
    public MultiClassNetwork l1(double lambda) {
        this.l1 = nonNegative("l1", lambda);
        return this;
    }

    /** Adds λ2 Σ W² to the loss (W1 and W2, not the biases). Returns this. */
    public MultiClassNetwork l2(double lambda) {
        this.l2 = nonNegative("l2", lambda);
        return this;
    }

    /**
     * Minibatch SGD with backpropagation. Per epoch: running training loss (cross-entropy + penalty) and accuracy,
     * and, when {@code validation} is not null, its loss and accuracy. Modifies the parameters.
     */
    public History fit(Dataset train, Dataset validation, Sgd sgd) {
        check("fit", train.x());
        Shapes.labels("fit", train.y(), classes);
        EpochRunner runner = sgd.engine() == Sgd.Engine.EJML ? new NetworkEjmlEpoch(this, train, sgd)
                : new NetworkKernelEpoch(this, train, sgd);
        return Training.run("network " + inputs + "-" + hidden + "-" + classes + " " + activation, runner,
                train.size(), sgd, () -> validation == null ? Training.HeldOut.NONE : score(validation));
    }

    /** Accuracy and loss (cross-entropy + penalty) on {@code d} from a single forward pass. */
    private Training.HeldOut score(Dataset d) {
        DMatrixRMaj p = predictProba(d.x());
        return new Training.HeldOut(Labels.accuracy(p, d.y()), Losses.crossEntropy(p, d.y()) + penalty());
    }

    /** P (n×k) = softmax(act(X W1 + b1) W2 + b2). */
    public DMatrixRMaj predictProba(DMatrixRMaj x) {
        check("predictProba", x);
        NetworkPass pass = new NetworkPass(this);
        pass.forward(x);
        return pass.p;
    }

    /** ŷ = argmax of each row of P. */
    public int[] predict(DMatrixRMaj x) {
        return Labels.argmaxRows(predictProba(x));
    }

    public double accuracy(Dataset d) {
        return Labels.accuracy(predict(d.x()), d.y());
    }

    /** Mean cross-entropy on (x, y) + λ1 Σ|W| + λ2 Σ W². */
    public double loss(DMatrixRMaj x, int[] y) {
        return Losses.crossEntropy(predictProba(x), y) + penalty();
    }

    /** The gradients of {@link #loss} in the order of {@link #parameters()}: ∇W1, ∇b1, ∇W2, ∇b2 (new matrices). */
    public List<DMatrixRMaj> gradient(DMatrixRMaj x, int[] y) {
        check("gradient", x);
        Shapes.labels("gradient", y, classes);
        NetworkPass pass = new NetworkPass(this);
        pass.forward(x);
        pass.backward(x, y, null, 0);
        return List.of(pass.gW1, pass.gb1, pass.gW2, pass.gb2);
    }

    /** W1 (d×h), b1 (1×h), W2 (h×k), b2 (1×k): the live parameter matrices (changing them changes the network). */
    public List<DMatrixRMaj> parameters() {
        return List.of(w1, b1, w2, b2);
    }

    /** (d+1)·h + (h+1)·k: 784, 100, 10 give 79,510. */
    public int parameterCount() {
        return (int) parameterCount(inputs, hidden, classes);
    }

    /** Weights and biases of a fully connected network with these layer sizes: 784, 30, 10 give 23,860. */
    public static long parameterCount(int... layers) {
        long count = 0;
        for (int i = 1; i < layers.length; i++) {
            count += (long) (layers[i - 1] + 1) * layers[i];
        }
        return count;
    }

    /** λ1 Σ|W| + λ2 Σ W² over W1 and W2. */
    double penalty() {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (DMatrixRMaj w : List.of(w1, w2)) {
            for (double v : w.data) {
                sum += l1 * Math.abs(v) + l2 * v * v;
            }
        }
        return sum;
    }

    private void check(String what, DMatrixRMaj x) {
        if (x.numCols != inputs) {
            throw new IllegalArgumentException(what + ": expected n×" + inputs + ", found " + Shapes.of(x));
        }
    }

    private static double nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + ": expected a penalty >= 0, found " + v);
        }
        return v;
    }

    @Override
    public String toString() {
        return "MultiClassNetwork[" + inputs + " → " + hidden + " " + activation + " → " + classes + ", "
                + parameterCount() + " parameters]";
    }
}
