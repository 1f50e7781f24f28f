package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A network with one hidden layer: P = softmax(act(X W1 + b1) W2 + b2), e.g. 784 → 100 → 10, trained by minibatch
 * SGD with backpropagation on the mean cross-entropy plus an optional penalty λ1 Σ|W| + λ2 Σ W² on W1 and W2.
 *
 * <p>A thin case of {@link Network} (two dense layers), kept for the lessons that know it by this name. Its one
 * addition is the fast epoch {@link NetworkKernelEpoch} (the default engine with plain SGD), which skips the zero
 * pixels of the images; {@code Sgd.engine(EJML)} or Adam train through the {@link Network}'s own epoch.
 */
public final class MultiClassNetwork {
    /** The hidden layer's activation. */
    public enum Activation { SIGMOID, RELU }

    final Network network;
    final int inputs;
    final int hidden;
    final int classes;
    final Activation activation;
    final DMatrixRMaj w1;
    final DMatrixRMaj b1;
    final DMatrixRMaj w2;
    final DMatrixRMaj b2;

    /** A network initialised with W ~ N(0, 1/fan-in) from seed 42 and zero biases (see {@link #initNormal}). */
    public MultiClassNetwork(int inputs, int hidden, int classes, Activation activation) {
        if (inputs < 1 || hidden < 1 || classes < 2 || activation == null) {
            throw new IllegalArgumentException("MultiClassNetwork: expected inputs, hidden >= 1, classes >= 2 and an "
                    + "activation, found " + inputs + ", " + hidden + ", " + classes + ", " + activation);
        }
        this.network = Network.input(inputs).dense(hidden, Network.Activation.valueOf(activation.name()))
                .softmax(classes).build();
        this.inputs = inputs;
        this.hidden = hidden;
        this.classes = classes;
        this.activation = activation;
        List<DMatrixRMaj> p = network.parameters();
        w1 = p.get(0);
        b1 = p.get(1);
        w2 = p.get(2);
        b2 = p.get(3);
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
        network.l1 = NetworkBuilder.penalty("l1", lambda);
        return this;
    }

    /** Adds λ2 Σ W² to the loss (W1 and W2, not the biases). Returns this. */
    public MultiClassNetwork l2(double lambda) {
        network.l2 = NetworkBuilder.penalty("l2", lambda);
        return this;
    }

    /** The penalty weights λ1 and λ2 (read by the kernel epoch). */
    double l1() {
        return network.l1;
    }

    double l2() {
        return network.l2;
    }

    /**
     * Minibatch SGD (or Adam) with backpropagation. Per epoch: running training loss (cross-entropy + penalty) and
     * accuracy, and, when {@code validation} is not null, its loss and accuracy. Modifies the parameters.
     */
    public History fit(Dataset train, Dataset validation, Sgd sgd) {
        EpochRunner runner = sgd.engine() == Sgd.Engine.KERNEL && !sgd.isAdam()
                ? new NetworkKernelEpoch(this, train, sgd) : new NetworkEpoch(network, train, sgd, Network.gemm(sgd));
        return network.fit("network " + inputs + "-" + hidden + "-" + classes + " " + activation, runner, train,
                validation, sgd);
    }

    /** P (n×k) = softmax(act(X W1 + b1) W2 + b2). */
    public DMatrixRMaj predictProba(DMatrixRMaj x) {
        return network.predictProba(x);
    }

    /** ŷ = argmax of each row of P. */
    public int[] predict(DMatrixRMaj x) {
        return network.predict(x);
    }

    public double accuracy(Dataset d) {
        return network.accuracy(d);
    }

    /** Mean cross-entropy on (x, y) + λ1 Σ|W| + λ2 Σ W². */
    public double loss(DMatrixRMaj x, int[] y) {
        return network.loss(x, y);
    }

    /** The gradients of {@link #loss} in the order of {@link #parameters()}: ∇W1, ∇b1, ∇W2, ∇b2 (new matrices). */
    public List<DMatrixRMaj> gradient(DMatrixRMaj x, int[] y) {
        return network.gradient(x, y);
    }

    /** W1 (d×h), b1 (1×h), W2 (h×k), b2 (1×k): the live parameter matrices (changing them changes the network). */
    public List<DMatrixRMaj> parameters() {
        return network.parameters();
    }

    /** (d+1)·h + (h+1)·k: 784, 100, 10 give 79,510. */
    public int parameterCount() {
        return (int) network.parameterCount();
    }

    /** Weights and biases of a fully connected network with these layer sizes: 784, 30, 10 give 23,860. */
    public static long parameterCount(int... layers) {
        return Network.parameterCount(layers);
    }

    /** The {@link Network} this is a case of (the same live parameters). */
    public Network network() {
        return network;
    }

    @Override
    public String toString() {
        return "MultiClassNetwork[" + inputs + " → " + hidden + " " + activation + " → " + classes + ", "
                + parameterCount() + " parameters]";
    }
}
