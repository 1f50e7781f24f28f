package dev.shellbook.ml.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 softmax epoch on the Vector API: its forward pass (z = b + Wᵀ x for two rows and 10 classes, 20
 * vector accumulators over the features, each weight vector loaded once per two rows) and its update (an axpy of
 * four rows into a row of Wᵀ). Loaded only through {@link Logits} when the JVM has {@code jdk.incubator.vector}.
 *
 * <p>Each accumulator's lanes are summed with {@code reduceLanes(ADD)}, which the API allows in any order; on x86
 * both the JIT's instruction sequence and the interpreter's loop add lane 0, 1, 2, … in order, so the same command
 * gives the same bits whether this is compiled yet or not (checked on Java 17, AVX-512: a float32 fit of 3,000
 * images for 2 epochs gives the same W bits under -Xint, C1 only and C2). Summing through an array in lane order
 * instead, to be sure everywhere, made the forward pass 1.9× slower in CPU time with X in cache.
 */
final class VectorLogits32 {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private VectorLogits32() {}

    static void pair10(float[] v0, float[] v1, float[][] wt, float[] b, double[] z, int z0) {
        FloatVector zero = FloatVector.zero(S);
        FloatVector a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
        FloatVector a8 = zero, a9 = zero, c0 = zero, c1 = zero, c2 = zero, c3 = zero, c4 = zero, c5 = zero;
        FloatVector c6 = zero, c7 = zero, c8 = zero, c9 = zero;
        float[] w0 = wt[0], w1 = wt[1], w2 = wt[2], w3 = wt[3], w4 = wt[4];
        float[] w5 = wt[5], w6 = wt[6], w7 = wt[7], w8 = wt[8], w9 = wt[9];
        int bound = S.loopBound(v0.length);
        int j = 0;
        for (; j < bound; j += S.length()) {
            FloatVector x0 = FloatVector.fromArray(S, v0, j);
            FloatVector x1 = FloatVector.fromArray(S, v1, j);
            FloatVector w;
            // a_c += x0 ⊙ w_c, c_c += x1 ⊙ w_c, lane by lane
            w = FloatVector.fromArray(S, w0, j);
            a0 = x0.fma(w, a0);
            c0 = x1.fma(w, c0);
            w = FloatVector.fromArray(S, w1, j);
            a1 = x0.fma(w, a1);
            c1 = x1.fma(w, c1);
            w = FloatVector.fromArray(S, w2, j);
            a2 = x0.fma(w, a2);
            c2 = x1.fma(w, c2);
            w = FloatVector.fromArray(S, w3, j);
            a3 = x0.fma(w, a3);
            c3 = x1.fma(w, c3);
            w = FloatVector.fromArray(S, w4, j);
            a4 = x0.fma(w, a4);
            c4 = x1.fma(w, c4);
            w = FloatVector.fromArray(S, w5, j);
            a5 = x0.fma(w, a5);
            c5 = x1.fma(w, c5);
            w = FloatVector.fromArray(S, w6, j);
            a6 = x0.fma(w, a6);
            c6 = x1.fma(w, c6);
            w = FloatVector.fromArray(S, w7, j);
            a7 = x0.fma(w, a7);
            c7 = x1.fma(w, c7);
            w = FloatVector.fromArray(S, w8, j);
            a8 = x0.fma(w, a8);
            c8 = x1.fma(w, c8);
            w = FloatVector.fromArray(S, w9, j);
            a9 = x0.fma(w, a9);
            c9 = x1.fma(w, c9);
        }
        // z_c = b_c + Σ lanes + the features past the last whole vector
        z[z0 + 0] = logit(a0, b[0], v0, w0, j);
        z[z0 + 1] = logit(a1, b[1], v0, w1, j);
        z[z0 + 2] = logit(a2, b[2], v0, w2, j);
        z[z0 + 3] = logit(a3, b[3], v0, w3, j);
        z[z0 + 4] = logit(a4, b[4], v0, w4, j);
        z[z0 + 5] = logit(a5, b[5], v0, w5, j);
        z[z0 + 6] = logit(a6, b[6], v0, w6, j);
        z[z0 + 7] = logit(a7, b[7], v0, w7, j);
        z[z0 + 8] = logit(a8, b[8], v0, w8, j);
        z[z0 + 9] = logit(a9, b[9], v0, w9, j);
        z[z0 + 10] = logit(c0, b[0], v1, w0, j);
        z[z0 + 11] = logit(c1, b[1], v1, w1, j);
        z[z0 + 12] = logit(c2, b[2], v1, w2, j);
        z[z0 + 13] = logit(c3, b[3], v1, w3, j);
        z[z0 + 14] = logit(c4, b[4], v1, w4, j);
        z[z0 + 15] = logit(c5, b[5], v1, w5, j);
        z[z0 + 16] = logit(c6, b[6], v1, w6, j);
        z[z0 + 17] = logit(c7, b[7], v1, w7, j);
        z[z0 + 18] = logit(c8, b[8], v1, w8, j);
        z[z0 + 19] = logit(c9, b[9], v1, w9, j);
    }

    /**
     * z_r[c0 + c] = b[c0 + c] + (Wᵀ x_r)[c0 + c] for the four rows {@code v0} … {@code v3} and the five classes
     * c0 … c0 + 4: 20 vector accumulators, each weight vector loaded once per four rows, four rows streaming from
     * memory at once. Row r's logits start at z[z0 + r·10]. Modifies only those entries of z.
     */
    static void quad5(float[] v0, float[] v1, float[] v2, float[] v3, float[][] wt, float[] b, double[] z, int z0,
                      int c0) {
        FloatVector zero = FloatVector.zero(S);
        FloatVector a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero;
        FloatVector e0 = zero, e1 = zero, e2 = zero, e3 = zero, e4 = zero;
        FloatVector g0 = zero, g1 = zero, g2 = zero, g3 = zero, g4 = zero;
        FloatVector h0 = zero, h1 = zero, h2 = zero, h3 = zero, h4 = zero;
        float[] w0 = wt[c0], w1 = wt[c0 + 1], w2 = wt[c0 + 2], w3 = wt[c0 + 3], w4 = wt[c0 + 4];
        int bound = S.loopBound(v0.length);
        int j = 0;
        for (; j < bound; j += S.length()) {
            FloatVector x0 = FloatVector.fromArray(S, v0, j);
            FloatVector x1 = FloatVector.fromArray(S, v1, j);
            FloatVector x2 = FloatVector.fromArray(S, v2, j);
            FloatVector x3 = FloatVector.fromArray(S, v3, j);
            FloatVector w;
            // acc(r, c) += x_r ⊙ w_c, lane by lane
            w = FloatVector.fromArray(S, w0, j);
            a0 = x0.fma(w, a0);
            e0 = x1.fma(w, e0);
            g0 = x2.fma(w, g0);
            h0 = x3.fma(w, h0);
            w = FloatVector.fromArray(S, w1, j);
            a1 = x0.fma(w, a1);
            e1 = x1.fma(w, e1);
            g1 = x2.fma(w, g1);
            h1 = x3.fma(w, h1);
            w = FloatVector.fromArray(S, w2, j);
            a2 = x0.fma(w, a2);
            e2 = x1.fma(w, e2);
            g2 = x2.fma(w, g2);
            h2 = x3.fma(w, h2);
            w = FloatVector.fromArray(S, w3, j);
            a3 = x0.fma(w, a3);
            e3 = x1.fma(w, e3);
            g3 = x2.fma(w, g3);
            h3 = x3.fma(w, h3);
            w = FloatVector.fromArray(S, w4, j);
            a4 = x0.fma(w, a4);
            e4 = x1.fma(w, e4);
            g4 = x2.fma(w, g4);
            h4 = x3.fma(w, h4);
        }
        int o = z0 + c0;
        z[o] = logit(a0, b[c0], v0, w0, j);
        z[o + 1] = logit(a1, b[c0 + 1], v0, w1, j);
        z[o + 2] = logit(a2, b[c0 + 2], v0, w2, j);
        z[o + 3] = logit(a3, b[c0 + 3], v0, w3, j);
        z[o + 4] = logit(a4, b[c0 + 4], v0, w4, j);
        z[o + 10] = logit(e0, b[c0], v1, w0, j);
        z[o + 11] = logit(e1, b[c0 + 1], v1, w1, j);
        z[o + 12] = logit(e2, b[c0 + 2], v1, w2, j);
        z[o + 13] = logit(e3, b[c0 + 3], v1, w3, j);
        z[o + 14] = logit(e4, b[c0 + 4], v1, w4, j);
        z[o + 20] = logit(g0, b[c0], v2, w0, j);
        z[o + 21] = logit(g1, b[c0 + 1], v2, w1, j);
        z[o + 22] = logit(g2, b[c0 + 2], v2, w2, j);
        z[o + 23] = logit(g3, b[c0 + 3], v2, w3, j);
        z[o + 24] = logit(g4, b[c0 + 4], v2, w4, j);
        z[o + 30] = logit(h0, b[c0], v3, w0, j);
        z[o + 31] = logit(h1, b[c0 + 1], v3, w1, j);
        z[o + 32] = logit(h2, b[c0 + 2], v3, w2, j);
        z[o + 33] = logit(h3, b[c0 + 3], v3, w3, j);
        z[o + 34] = logit(h4, b[c0 + 4], v3, w4, j);
    }

    /**
     * Wᵀ[c][j .. j + 2L) for the 10 classes c (L = the vector's lanes) ← the fma chain w = fma(s[i·10 + c], x_i[j],
     * w) over the batch rows i = 0, 1, …, rows − 1 in order, x_i = {@code x[order[from + i]]}: the SGD step on a
     * band of columns of Wᵀ, the band's 20 vectors held in registers while the rows go by. Modifies those columns.
     */
    static void band10(float[][] x, int[] order, int from, int rows, float[] s, float[][] wt, int j) {
        int l = S.length();
        float[] w0 = wt[0], w1 = wt[1], w2 = wt[2], w3 = wt[3], w4 = wt[4];
        float[] w5 = wt[5], w6 = wt[6], w7 = wt[7], w8 = wt[8], w9 = wt[9];
        FloatVector a0 = FloatVector.fromArray(S, w0, j), b0 = FloatVector.fromArray(S, w0, j + l);
        FloatVector a1 = FloatVector.fromArray(S, w1, j), b1 = FloatVector.fromArray(S, w1, j + l);
        FloatVector a2 = FloatVector.fromArray(S, w2, j), b2 = FloatVector.fromArray(S, w2, j + l);
        FloatVector a3 = FloatVector.fromArray(S, w3, j), b3 = FloatVector.fromArray(S, w3, j + l);
        FloatVector a4 = FloatVector.fromArray(S, w4, j), b4 = FloatVector.fromArray(S, w4, j + l);
        FloatVector a5 = FloatVector.fromArray(S, w5, j), b5 = FloatVector.fromArray(S, w5, j + l);
        FloatVector a6 = FloatVector.fromArray(S, w6, j), b6 = FloatVector.fromArray(S, w6, j + l);
        FloatVector a7 = FloatVector.fromArray(S, w7, j), b7 = FloatVector.fromArray(S, w7, j + l);
        FloatVector a8 = FloatVector.fromArray(S, w8, j), b8 = FloatVector.fromArray(S, w8, j + l);
        FloatVector a9 = FloatVector.fromArray(S, w9, j), b9 = FloatVector.fromArray(S, w9, j + l);
        for (int i = 0; i < rows; i++) {
            float[] xi = x[order[from + i]];
            FloatVector lo = FloatVector.fromArray(S, xi, j);
            FloatVector hi = FloatVector.fromArray(S, xi, j + l);
            int o = i * 10;
            FloatVector f;
            // w_c = fma(s_ic, x_i, w_c) for the 10 classes
            f = FloatVector.broadcast(S, s[o]);
            a0 = f.fma(lo, a0);
            b0 = f.fma(hi, b0);
            f = FloatVector.broadcast(S, s[o + 1]);
            a1 = f.fma(lo, a1);
            b1 = f.fma(hi, b1);
            f = FloatVector.broadcast(S, s[o + 2]);
            a2 = f.fma(lo, a2);
            b2 = f.fma(hi, b2);
            f = FloatVector.broadcast(S, s[o + 3]);
            a3 = f.fma(lo, a3);
            b3 = f.fma(hi, b3);
            f = FloatVector.broadcast(S, s[o + 4]);
            a4 = f.fma(lo, a4);
            b4 = f.fma(hi, b4);
            f = FloatVector.broadcast(S, s[o + 5]);
            a5 = f.fma(lo, a5);
            b5 = f.fma(hi, b5);
            f = FloatVector.broadcast(S, s[o + 6]);
            a6 = f.fma(lo, a6);
            b6 = f.fma(hi, b6);
            f = FloatVector.broadcast(S, s[o + 7]);
            a7 = f.fma(lo, a7);
            b7 = f.fma(hi, b7);
            f = FloatVector.broadcast(S, s[o + 8]);
            a8 = f.fma(lo, a8);
            b8 = f.fma(hi, b8);
            f = FloatVector.broadcast(S, s[o + 9]);
            a9 = f.fma(lo, a9);
            b9 = f.fma(hi, b9);
        }
        a0.intoArray(w0, j);
        b0.intoArray(w0, j + l);
        a1.intoArray(w1, j);
        b1.intoArray(w1, j + l);
        a2.intoArray(w2, j);
        b2.intoArray(w2, j + l);
        a3.intoArray(w3, j);
        b3.intoArray(w3, j + l);
        a4.intoArray(w4, j);
        b4.intoArray(w4, j + l);
        a5.intoArray(w5, j);
        b5.intoArray(w5, j + l);
        a6.intoArray(w6, j);
        b6.intoArray(w6, j + l);
        a7.intoArray(w7, j);
        b7.intoArray(w7, j + l);
        a8.intoArray(w8, j);
        b8.intoArray(w8, j + l);
        a9.intoArray(w9, j);
        b9.intoArray(w9, j + l);
    }

    /** Columns per {@link #band10} call: two vectors. */
    static int bandWidth() {
        return 2 * S.length();
    }

    /** w[j] = fma(s3, x3[j], fma(s2, x2[j], fma(s1, x1[j], fma(s0, x0[j], w[j])))) for j in [j0, j1). Modifies w. */
    static void axpy4(float[] w, float s0, float[] x0, float s1, float[] x1, float s2, float[] x2, float s3,
                      float[] x3, int j0, int j1) {
        FloatVector f0 = FloatVector.broadcast(S, s0);
        FloatVector f1 = FloatVector.broadcast(S, s1);
        FloatVector f2 = FloatVector.broadcast(S, s2);
        FloatVector f3 = FloatVector.broadcast(S, s3);
        int j = j0;
        for (; j + S.length() <= j1; j += S.length()) {
            FloatVector acc = FloatVector.fromArray(S, w, j);
            acc = f0.fma(FloatVector.fromArray(S, x0, j), acc);
            acc = f1.fma(FloatVector.fromArray(S, x1, j), acc);
            acc = f2.fma(FloatVector.fromArray(S, x2, j), acc);
            acc = f3.fma(FloatVector.fromArray(S, x3, j), acc);
            acc.intoArray(w, j);
        }
        for (; j < j1; j++) {
            w[j] = Math.fma(s3, x3[j], Math.fma(s2, x2[j], Math.fma(s1, x1[j], Math.fma(s0, x0[j], w[j]))));
        }
    }

    /** b + the lanes of acc summed + Σ_{j' ≥ j} v[j'] w[j'] (the features past the last vector). */
    private static float logit(FloatVector acc, float b, float[] v, float[] w, int j) {
        return b + acc.reduceLanes(VectorOperators.ADD) + tail(v, w, j);
    }

    private static float tail(float[] v, float[] w, int j) {
        float s = 0;
        for (; j < v.length; j++) {
            s = Math.fma(v[j], w[j], s);
        }
        return s;
    }
}
