package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import tech.tablesaw.api.Table;

/**
 * A feed-forward network of any depth: dense layers with ReLU, sigmoid or tanh, then a softmax output trained on
 * the cross-entropy from its logits, plus an optional penalty λ1 Σ|W| + λ2 Σ W² on the weights (not the biases):
 * <pre>{@code
 * Network net = Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10)
 *         .glorotUniform(42).l2(1e-4).build();
 * History h = net.fit(train, validation, Sgd.adam(1e-3).batch(32).epochs(1).seed(42));
 * }</pre>
 * Every product runs on a {@link Gemm}: {@code Sgd.engine(EJML)} uses {@link Gemm#ejml()}, the default engine
 * {@link Gemm#fast()}. Both give the same weights up to rounding.
 */
public final class Network implements Classifier {
    /** A hidden layer's activation. */
    public enum Activation {
        RELU("ReLU"), SIGMOID("sigmoid"), TANH("tanh");

        private final String label;

        Activation(String label) {
            this.label = label;
        }

        /** act(z): relu(z) = max(0, z), σ(z) = 1 / (1 + e^−z), tanh(z). */
        double of(double z) {
            return switch (this) {
                case RELU -> Math.max(0, z);
                case SIGMOID -> Activations.sigmoid(z);
                case TANH -> Math.tanh(z);
            };
        }

        /** act'(z) from z and h = act(z): relu'(z) = [z > 0], σ'(z) = h(1 − h), tanh'(z) = 1 − h². */
        double slope(double z, double h) {
            return switch (this) {
                case RELU -> z > 0 ? 1 : 0;
                case SIGMOID -> h * (1 - h);
                case TANH -> 1 - h * h;
            };
        }

        /** H = act(Z) element-wise into h (reshaped to Z's shape). Modifies h. */
        void apply(DMatrixRMaj z, DMatrixRMaj h) {
            h.reshape(z.numRows, z.numCols);
            for (int i = 0; i < z.getNumElements(); i++) {
                h.data[i] = of(z.data[i]);
            }
        }

        /** D ← D ⊙ act'(Z), with H = act(Z). Modifies d. */
        void backprop(DMatrixRMaj z, DMatrixRMaj h, DMatrixRMaj d) {
            for (int i = 0; i < d.getNumElements(); i++) {
                d.data[i] *= slope(z.data[i], h.data[i]);
            }
        }

        /** H = act(Z) element-wise in float32 (reshaped to Z's shape). Modifies h. */
        void apply(FMatrixRMaj z, FMatrixRMaj h) {
            h.reshape(z.numRows, z.numCols);
            for (int i = 0; i < z.getNumElements(); i++) {
                h.data[i] = (float) of(z.data[i]);
            }
        }

        /** D ← D ⊙ act'(Z) in float32, with H = act(Z). Modifies d. */
        void backprop(FMatrixRMaj z, FMatrixRMaj h, FMatrixRMaj d) {
            for (int i = 0; i < d.getNumElements(); i++) {
                d.data[i] *= (float) slope(z.data[i], h.data[i]);
            }
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Rows per forward pass when predicting, so that a 60,000-row set never needs 60,000 × 500 matrices. */
    private static final int CHUNK = 1024;
    final List<Dense> layers;
    double l1;
    double l2;
    final boolean float32;

    Network(List<Dense> layers, double l1, double l2, boolean float32) {
        this.layers = List.copyOf(layers);
        this.l1 = l1;
        this.l2 = l2;
        this.float32 = float32;
    }

    /** Starts a network on {@code features} inputs: add {@code .dense(…)} layers, then {@code .softmax(k)}. */
    public static NetworkBuilder input(int features) {
        return new NetworkBuilder(features);
    }

    /**
     * Minibatch training with backpropagation, plain SGD or Adam as {@code sgd} says. Per epoch: running training
     * loss (cross-entropy + penalty) and accuracy, and, when {@code validation} is not null, its loss and accuracy.
     * Modifies the parameters.
     */
    public History fit(Dataset train, Dataset validation, Sgd sgd) {
        return fit(name(), new NetworkEpoch(this, train, sgd, gemm(sgd)), train, validation, sgd);
    }

    /**
     * The epoch loop of {@link #fit} with a given runner (MultiClassNetwork's kernel epoch runs through here),
     * after checking the data's shape and labels.
     */
    History fit(String name, EpochRunner runner, Dataset train, Dataset validation, Sgd sgd) {
        checked("fit", train);
        if (validation != null) {
            checked("fit (validation)", validation);
        }
        return Training.run(name, runner, train.size(), sgd, () -> validation == null ? Training.HeldOut.NONE
                : score(validation, gemm(sgd)));
    }

    /** Accuracy and loss (cross-entropy + penalty) on {@code d} from a single forward pass on {@code gemm}. */
    private Training.HeldOut score(Dataset d, Gemm gemm) {
        DMatrixRMaj z = logits(d.x(), gemm);
        return new Training.HeldOut(Labels.accuracy(Labels.argmaxRows(z), d.y()),
                Losses.crossEntropyFromLogits(z, d.y()) + penalty());
    }

    /** The output layer's logits Z (n×k) for the rows of x on {@link Gemm#fast()}. */
    @Override
    public DMatrixRMaj logits(DMatrixRMaj x) {
        return logits(x, Gemm.fast());
    }

    /** The output layer's logits Z (n×k) for the rows of x, computed CHUNK rows at a time on {@code gemm}. */
    private DMatrixRMaj logits(DMatrixRMaj x, Gemm gemm) {
        check("predict", x);
        int k = classes();
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, k);
        NetworkPass pass = NetworkPass.of(this, gemm);
        DMatrixRMaj chunk = new DMatrixRMaj(1, x.numCols);
        for (int r0 = 0; r0 < x.numRows; r0 += CHUNK) {
            int r1 = Math.min(x.numRows, r0 + CHUNK);
            CommonOps_DDRM.extract(x, r0, r1, 0, x.numCols, chunk);
            pass.forward(chunk);
            System.arraycopy(pass.logits().data, 0, out.data, r0 * k, (r1 - r0) * k);
        }
        return out;
    }

    /** Mean cross-entropy on {@code d} (from the logits, with log-sum-exp) + λ1 Σ|W| + λ2 Σ W². */
    public double loss(Dataset d) {
        return loss(d.x(), d.y());
    }

    /** Mean cross-entropy on (x, y) (from the logits, with log-sum-exp) + λ1 Σ|W| + λ2 Σ W². */
    public double loss(DMatrixRMaj x, int[] y) {
        return Losses.crossEntropyFromLogits(logits(x), y) + penalty();
    }

    /**
     * The gradients of {@link #loss} in the order of {@link #parameters()} (new matrices), on EJML's Gemm, in the
     * network's precision (float64 unless built with {@code float32(true)}).
     */
    public List<DMatrixRMaj> gradient(DMatrixRMaj x, int[] y) {
        check("gradient", x);
        Shapes.labels("gradient", y, classes());
        NetworkPass pass = NetworkPass.of(this, Gemm.ejml());
        pass.forward(x);
        pass.outputError(y);
        pass.backward(x);
        return pass.gradients().stream().map(DMatrixRMaj::copy).collect(Collectors.toList());
    }

    /** W1, b1, W2, b2, …: the live parameter matrices, layer by layer (changing them changes the network). */
    public List<DMatrixRMaj> parameters() {
        List<DMatrixRMaj> out = new ArrayList<>();
        for (Dense layer : layers) {
            out.add(layer.w);
            out.add(layer.b);
        }
        return out;
    }

    /** Σ (inputs + 1) · units over the layers: 784-500-500-10 has 648,010. */
    public long parameterCount() {
        return layers.stream().mapToLong(Dense::parameterCount).sum();
    }

    /** Weights and biases of a fully connected network with these layer sizes, input first: 784, 30, 10 give 23,860. */
    public static long parameterCount(int... sizes) {
        long count = 0;
        for (int i = 1; i < sizes.length; i++) {
            count += Dense.parameterCount(sizes[i - 1], sizes[i]);
        }
        return count;
    }

    /** Like Keras' {@code model.summary()}: one row per layer (layer, output shape, parameters), then the total. */
    public Table summary() {
        return NetworkSummary.of(this);
    }

    public int inputs() {
        return layers.get(0).inputs;
    }

    public int classes() {
        return layers.get(layers.size() - 1).units;
    }

    /** True when the products and activations run in float32 (see {@link NetworkBuilder#float32}). */
    public boolean isFloat32() {
        return float32;
    }

    /** λ1 Σ|W| + λ2 Σ W² over the weights of every layer (not the biases). */
    double penalty() {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (Dense layer : layers) {
            for (double v : layer.w.data) {
                sum += l1 * Math.abs(v) + l2 * v * v;
            }
        }
        return sum;
    }

    /** ∇W += λ1 sign(W) + 2 λ2 W, the gradient of λ1 Σ|W| + λ2 Σ W². Modifies g. */
    void addPenaltyGradient(DMatrixRMaj w, DMatrixRMaj g) {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (int i = 0; i < w.data.length; i++) {
            g.data[i] += l1 * Math.signum(w.data[i]) + 2 * l2 * w.data[i];
        }
    }

    /** The products of an epoch: EJML's for {@code Sgd.Engine.EJML}, otherwise the fastest this JVM offers. */
    static Gemm gemm(Sgd sgd) {
        return sgd.engine() == Sgd.Engine.EJML ? Gemm.ejml() : Gemm.fast();
    }

    /** "network 784-500-500-10 ReLU" (the history's name). */
    String name() {
        String sizes = inputs() + layers.stream().map(l -> "-" + l.units).collect(Collectors.joining());
        String acts = layers.stream().filter(l -> !l.isOutput()).map(Dense::activationName).distinct()
                .collect(Collectors.joining("/"));
        return "network " + sizes + (acts.isEmpty() ? "" : " " + acts);
    }

    /** Checks d's width and labels without asking for its matrix (a view's would be computed whole). */
    private Dataset checked(String what, Dataset d) {
        check(what, d.size(), d.features());
        Shapes.labels(what, d.y(), classes());
        return d;
    }

    private void check(String what, DMatrixRMaj x) {
        check(what, x.numRows, x.numCols);
    }

    private void check(String what, int rows, int cols) {
        if (cols != inputs()) {
            throw new IllegalArgumentException(what + ": expected n×" + inputs() + " (one row of " + inputs()
                    + " features per example), found " + rows + "×" + cols);
        }
    }

    /** Network[784 → 500 ReLU → 500 ReLU → 10 softmax, 648,010 parameters]. */
    @Override
    public String toString() {
        String path = inputs() + layers.stream().map(l -> " → " + l.units + " " + l.activationName())
                .collect(Collectors.joining());
        return String.format(java.util.Locale.ROOT, "Network[%s, %,d parameters%s]", path, parameterCount(), float32 ? ", float32" : "");
    }
}
