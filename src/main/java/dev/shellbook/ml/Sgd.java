package dev.shellbook.ml;

import java.util.function.Consumer;

/**
 * Minibatch SGD options: {@code Sgd.lr(0.1).batch(256).epochs(5).seed(42)}. Defaults: batch 256, 5 epochs,
 * seed 42, shuffled every epoch, one line printed per epoch, the fast kernel on all cores, softmax regression's
 * kernel in float32 ({@link #float64()} where a result must agree with a float64 computation to the last digits).
 *
 * <p>{@code Sgd.adam(1e-3)} chooses Adam's update instead of plain SGD (for {@link Network} only), with Keras'
 * defaults β1 = 0.9, β2 = 0.999, ε = 1e-7 (change them with {@link #beta1}, {@link #beta2}, {@link #epsilon}).
 */
public final class Sgd {
    /** How SoftmaxRegression, MultiClassNetwork and Network compute an epoch; both give the same model up to rounding. */
    public enum Engine {
        /**
         * Register-blocked loops over the matrices' arrays, batches split across threads (the default, fastest);
         * for a {@link Network}, its products on {@link Gemm#fast()}.
         */
        KERNEL,
        /**
         * CommonOps_DDRM mult / multTransA on a copied batch: the formulation as written on the board; for a
         * {@link Network}, its products on {@link Gemm#ejml()}.
         */
        EJML
    }

    /**
     * The arithmetic of {@link SoftmaxRegression}'s kernel engine. FLOAT32 (the default, as Keras and PyTorch train):
     * X, W and b in float32 through each epoch, half the bytes to stream, the model's float64 W and b written back
     * after every epoch; FLOAT64: everything in float64, equal to the EJML engine to about 1e-12. The EJML engine is
     * always float64; a {@link Network} takes its precision from {@code NetworkBuilder.float32}.
     */
    public enum Precision {
        FLOAT32,
        FLOAT64
    }

    private double lr;
    private Precision precision = Precision.FLOAT32;
    private int batch = 256;
    private int epochs = 5;
    private long seed = 42;
    private boolean shuffle = true;
    private boolean quiet;
    private Consumer<EpochStats> listener = s -> { };
    private Engine engine = Engine.KERNEL;
    private boolean vector = true;
    private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    private boolean adam;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-7;

    private Sgd(double lr) {
        this.lr = lr;
    }

    /** New options with learning rate {@code lr}. */
    public static Sgd lr(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("Sgd.lr: expected a learning rate > 0, found " + lr);
        }
        return new Sgd(lr);
    }

    /** Adam with learning rate {@code lr} (Keras' default is 1e-3), β1 0.9, β2 0.999, ε 1e-7. */
    public static Sgd adam(double lr) {
        Sgd sgd = lr(lr);
        sgd.adam = true;
        return sgd;
    }

    /** Adam with Keras' defaults: lr 1e-3, β1 0.9, β2 0.999, ε 1e-7. */
    public static Sgd adam() {
        return adam(1e-3);
    }

    /** Adam's decay of the running mean of the gradient, in [0, 1) (default 0.9). */
    public Sgd beta1(double beta) {
        this.beta1 = decay("beta1", beta);
        return this;
    }

    /** Adam's decay of the running mean of the squared gradient, in [0, 1) (default 0.999). */
    public Sgd beta2(double beta) {
        this.beta2 = decay("beta2", beta);
        return this;
    }

    /** Adam's ε added to √v̂ so that the step stays finite, > 0 (default 1e-7). */
    public Sgd epsilon(double eps) {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("Sgd.epsilon: expected a value > 0, found " + eps);
        }
        this.epsilon = eps;
        return this;
    }

    public Sgd batch(int size) {
        this.batch = positive("batch", size);
        return this;
    }

    public Sgd epochs(int n) {
        this.epochs = positive("epochs", n);
        return this;
    }

    public Sgd seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Shuffle the rows every epoch (seeded) or visit them in order. */
    public Sgd shuffle(boolean on) {
        this.shuffle = on;
        return this;
    }

    /** No per-epoch line. */
    public Sgd quiet() {
        this.quiet = true;
        return this;
    }

    /** Called after every epoch with its numbers. */
    public Sgd listener(Consumer<EpochStats> listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Whether the kernel engine may use the Vector API where the JVM has it (default true); false runs its scalar
     * loops, for comparisons. Same results up to rounding.
     */
    public Sgd vector(boolean on) {
        this.vector = on;
        return this;
    }

    /** See {@link #vector(boolean)}. */
    public boolean vector() {
        return vector;
    }

    /** Softmax regression's kernel engine computes in float32 (the default); see {@link Precision}. */
    public Sgd float32() {
        this.precision = Precision.FLOAT32;
        return this;
    }

    /**
     * Softmax regression's kernel engine computes in float64: for results that must agree with a float64
     * computation (your own loop, numpy in float64, the EJML engine) to the last digits; see {@link Precision}.
     */
    public Sgd float64() {
        this.precision = Precision.FLOAT64;
        return this;
    }

    /** See {@link Precision}. */
    public Precision precision() {
        return precision;
    }

    public Sgd engine(Engine engine) {
        this.engine = engine;
        return this;
    }

    /** Threads the kernel engine may use (default: 2, or 1 on a one-core machine). */
    public Sgd threads(int n) {
        this.threads = positive("threads", n);
        return this;
    }

    public double lr() {
        return lr;
    }

    public int batch() {
        return batch;
    }

    public int epochs() {
        return epochs;
    }

    public long seed() {
        return seed;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public Engine engine() {
        return engine;
    }

    public int threads() {
        return threads;
    }

    /** True for {@link #adam(double)}, false for plain SGD. */
    public boolean isAdam() {
        return adam;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Prints (unless quiet) and passes {@code s} to the listener. */
    void report(EpochStats s) {
        if (!quiet) {
            System.out.println(s);
        }
        listener.accept(s);
    }

    private static int positive(String what, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Sgd." + what + ": expected a value >= 1, found " + n);
        }
        return n;
    }

    private static double decay(String what, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("Sgd." + what + ": expected a value in [0, 1), found " + beta);
        }
        return beta;
    }

    @Override
    public String toString() {
        String adamText = adam ? "Adam β1 " + beta1 + " β2 " + beta2 + " ε " + epsilon + ", " : "";
        return "Sgd[" + adamText + "lr " + lr + ", batch " + batch + ", epochs " + epochs + ", seed " + seed + ", shuffle " + shuffle
                + ", " + engine + (engine == Engine.KERNEL ? " " + precision.name().toLowerCase(java.util.Locale.ROOT) : "")
                + "]";
    }
}
