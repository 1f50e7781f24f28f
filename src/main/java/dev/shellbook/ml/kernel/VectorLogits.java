package dev.shellbook.ml.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The softmax epoch's forward pass on the Vector API: z = b + Wᵀ x for two rows and 10 classes, 20 vector
 * accumulators over the features (each weight vector loaded once per two rows), summed across lanes at the end.
 * Loaded only through {@link Logits} when the JVM has {@code jdk.incubator.vector}.
 */
final class VectorLogits {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private VectorLogits() {}

    static void pair10(double[] v0, double[] v1, double[][] wt, double[] b, double[] z, int z0) {
        int d = v0.length;
        int bound = S.loopBound(d);
        double[] w0 = wt[0];
        double[] w1 = wt[1];
        double[] w2 = wt[2];
        double[] w3 = wt[3];
        double[] w4 = wt[4];
        double[] w5 = wt[5];
        double[] w6 = wt[6];
        double[] w7 = wt[7];
        double[] w8 = wt[8];
        double[] w9 = wt[9];
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector c0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        DoubleVector c1 = DoubleVector.zero(S);
        DoubleVector a2 = DoubleVector.zero(S);
        DoubleVector c2 = DoubleVector.zero(S);
        DoubleVector a3 = DoubleVector.zero(S);
        DoubleVector c3 = DoubleVector.zero(S);
        DoubleVector a4 = DoubleVector.zero(S);
        DoubleVector c4 = DoubleVector.zero(S);
        DoubleVector a5 = DoubleVector.zero(S);
        DoubleVector c5 = DoubleVector.zero(S);
        DoubleVector a6 = DoubleVector.zero(S);
        DoubleVector c6 = DoubleVector.zero(S);
        DoubleVector a7 = DoubleVector.zero(S);
        DoubleVector c7 = DoubleVector.zero(S);
        DoubleVector a8 = DoubleVector.zero(S);
        DoubleVector c8 = DoubleVector.zero(S);
        DoubleVector a9 = DoubleVector.zero(S);
        DoubleVector c9 = DoubleVector.zero(S);
        int j = 0;
        for (; j < bound; j += S.length()) {
            DoubleVector x0 = DoubleVector.fromArray(S, v0, j);
            DoubleVector x1 = DoubleVector.fromArray(S, v1, j);
            DoubleVector w;
            // a_c += x0 ⊙ w_c, c_c += x1 ⊙ w_c, lane by lane
            w = DoubleVector.fromArray(S, w0, j);
            a0 = x0.fma(w, a0);
            c0 = x1.fma(w, c0);
            w = DoubleVector.fromArray(S, w1, j);
            a1 = x0.fma(w, a1);
            c1 = x1.fma(w, c1);
            w = DoubleVector.fromArray(S, w2, j);
            a2 = x0.fma(w, a2);
            c2 = x1.fma(w, c2);
            w = DoubleVector.fromArray(S, w3, j);
            a3 = x0.fma(w, a3);
            c3 = x1.fma(w, c3);
            w = DoubleVector.fromArray(S, w4, j);
            a4 = x0.fma(w, a4);
            c4 = x1.fma(w, c4);
            w = DoubleVector.fromArray(S, w5, j);
            a5 = x0.fma(w, a5);
            c5 = x1.fma(w, c5);
            w = DoubleVector.fromArray(S, w6, j);
            a6 = x0.fma(w, a6);
            c6 = x1.fma(w, c6);
            w = DoubleVector.fromArray(S, w7, j);
            a7 = x0.fma(w, a7);
            c7 = x1.fma(w, c7);
            w = DoubleVector.fromArray(S, w8, j);
            a8 = x0.fma(w, a8);
            c8 = x1.fma(w, c8);
            w = DoubleVector.fromArray(S, w9, j);
            a9 = x0.fma(w, a9);
            c9 = x1.fma(w, c9);
        }
        // z_c = b_c + Σ lanes + the features past the last whole vector
        z[z0 + 0] = b[0] + a0.reduceLanes(VectorOperators.ADD) + tail(v0, w0, j);
        z[z0 + 1] = b[1] + a1.reduceLanes(VectorOperators.ADD) + tail(v0, w1, j);
        z[z0 + 2] = b[2] + a2.reduceLanes(VectorOperators.ADD) + tail(v0, w2, j);
        z[z0 + 3] = b[3] + a3.reduceLanes(VectorOperators.ADD) + tail(v0, w3, j);
        z[z0 + 4] = b[4] + a4.reduceLanes(VectorOperators.ADD) + tail(v0, w4, j);
        z[z0 + 5] = b[5] + a5.reduceLanes(VectorOperators.ADD) + tail(v0, w5, j);
        z[z0 + 6] = b[6] + a6.reduceLanes(VectorOperators.ADD) + tail(v0, w6, j);
        z[z0 + 7] = b[7] + a7.reduceLanes(VectorOperators.ADD) + tail(v0, w7, j);
        z[z0 + 8] = b[8] + a8.reduceLanes(VectorOperators.ADD) + tail(v0, w8, j);
        z[z0 + 9] = b[9] + a9.reduceLanes(VectorOperators.ADD) + tail(v0, w9, j);
        z[z0 + 10] = b[0] + c0.reduceLanes(VectorOperators.ADD) + tail(v1, w0, j);
        z[z0 + 11] = b[1] + c1.reduceLanes(VectorOperators.ADD) + tail(v1, w1, j);
        z[z0 + 12] = b[2] + c2.reduceLanes(VectorOperators.ADD) + tail(v1, w2, j);
        z[z0 + 13] = b[3] + c3.reduceLanes(VectorOperators.ADD) + tail(v1, w3, j);
        z[z0 + 14] = b[4] + c4.reduceLanes(VectorOperators.ADD) + tail(v1, w4, j);
        z[z0 + 15] = b[5] + c5.reduceLanes(VectorOperators.ADD) + tail(v1, w5, j);
        z[z0 + 16] = b[6] + c6.reduceLanes(VectorOperators.ADD) + tail(v1, w6, j);
        z[z0 + 17] = b[7] + c7.reduceLanes(VectorOperators.ADD) + tail(v1, w7, j);
        z[z0 + 18] = b[8] + c8.reduceLanes(VectorOperators.ADD) + tail(v1, w8, j);
        z[z0 + 19] = b[9] + c9.reduceLanes(VectorOperators.ADD) + tail(v1, w9, j);
    }

    private static double tail(double[] v, double[] w, int j) {
        double s = 0;
        for (; j < v.length; j++) {
            s = Math.fma(v[j], w[j], s);
        }
        return s;
    }
}
