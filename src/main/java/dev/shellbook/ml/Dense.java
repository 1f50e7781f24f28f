package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/**
 * One dense layer of a {@link Network}: Z = A W + 1 b with W (inputs × units) and b (1 × units), followed by a hidden
 * activation, or, for the last layer, by the softmax of the loss ({@code activation} null).
 */
final class Dense {
    final int inputs;
    final int units;
    /** The hidden activation; null for the softmax output layer. */
    final Network.Activation activation;
    final DMatrixRMaj w;
    final DMatrixRMaj b;

    Dense(int inputs, int units, Network.Activation activation) {
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
        this.w = new DMatrixRMaj(inputs, units);
        this.b = new DMatrixRMaj(1, units);
    }

    boolean isOutput() {
        return activation == null;
    }

    /** (inputs + 1) · units: every weight plus one bias per unit (784 → 500: 392,500). */
    static long parameterCount(int inputs, int units) {
        return (long) (inputs + 1) * units;
    }

    long parameterCount() {
        return parameterCount(inputs, units);
    }

    /** "ReLU", "sigmoid", "tanh" or "softmax". */
    String activationName() {
        return isOutput() ? "softmax" : activation.toString();
    }
}
