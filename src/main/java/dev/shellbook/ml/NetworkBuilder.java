package dev.shellbook.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a {@link Network} layer by layer: {@code Network.input(784).dense(30, Activation.RELU).softmax(10)}, then
 * the initialisation ({@link #glorotUniform}, Keras' default and ours, or {@link #normal}), optional penalties and
 * precision, then {@link #build()}.
 */
public final class NetworkBuilder {
    private final int inputs;
    private final List<Integer> units = new ArrayList<>();
    private final List<Network.Activation> activations = new ArrayList<>();
    private int classes;
    private boolean glorot = true;
    private double sigma;
    private long seed = 42;
    private double l1;
    private double l2;
    private boolean float32;

    NetworkBuilder(int inputs) {
        this.inputs = positive("Network.input", inputs);
    }

    /** Adds a hidden dense layer of {@code units} with activation {@code act}. */
    public NetworkBuilder dense(int units, Network.Activation act) {
        if (classes > 0) {
            throw new IllegalStateException("dense: the softmax layer is the last one; add dense layers before "
                    + ".softmax(" + classes + ")");
        }
        if (act == null) {
            throw new IllegalArgumentException("dense: expected an activation (Activation.RELU, SIGMOID or TANH), "
                    + "found null");
        }
        this.units.add(positive("dense", units));
        this.activations.add(act);
        return this;
    }

    /** The output layer: {@code classes} logits, turned into probabilities by softmax (cross-entropy from logits). */
    public NetworkBuilder softmax(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("softmax: expected at least 2 classes, found " + classes);
        }
        this.classes = classes;
        return this;
    }

    /** W ~ U(−√(6/(fan-in + fan-out)), +√(…)) layer by layer from {@code seed}, biases 0 (the default, seed 42). */
    public NetworkBuilder glorotUniform(long seed) {
        this.glorot = true;
        this.seed = seed;
        return this;
    }

    /** W ~ N(0, σ²) layer by layer from {@code seed}, biases 0. */
    public NetworkBuilder normal(double sigma, long seed) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("normal: expected σ > 0, found " + sigma);
        }
        this.glorot = false;
        this.sigma = sigma;
        this.seed = seed;
        return this;
    }

    /** Adds λ Σ|W| to the loss (all weights, not the biases). */
    public NetworkBuilder l1(double lambda) {
        this.l1 = penalty("l1", lambda);
        return this;
    }

    /** Adds λ Σ W² to the loss (all weights, not the biases). */
    public NetworkBuilder l2(double lambda) {
        this.l2 = penalty("l2", lambda);
        return this;
    }

    /**
     * Runs the products and activations in float32 (as Keras does), keeping the weights and the optimiser in
     * float64; false (the default) keeps everything in float64.
     */
    public NetworkBuilder float32(boolean on) {
        this.float32 = on;
        return this;
    }

    /** The network, initialised from the seed. */
    public Network build() {
        if (classes == 0) {
            throw new IllegalStateException("build: a network ends with its output layer; add .softmax(k) before "
                    + ".build()");
        }
        List<Dense> layers = new ArrayList<>();
        int in = inputs;
        for (int i = 0; i < units.size(); i++) {
            layers.add(new Dense(in, units.get(i), activations.get(i)));
            in = units.get(i);
        }
        layers.add(new Dense(in, classes, null));
        Random random = new Random(seed);
        for (Dense layer : layers) {
            if (glorot) {
                Init.glorotUniform(layer.w, random);
            } else {
                Init.normal(layer.w, sigma, random);
            }
        }
        return new Network(layers, l1, l2, float32);
    }

    private static int positive(String what, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(what + ": expected a size >= 1, found " + n);
        }
        return n;
    }

    static double penalty(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + ": expected a penalty >= 0, found " + v);
        }
        return v;
    }
}
