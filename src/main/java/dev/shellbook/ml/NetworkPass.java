package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * Forward and backward pass of {@link MultiClassNetwork} on one batch, with work matrices allocated once and
 * reused. The two big products (X W1 and Xᵀ dA1, 784×100 per row) run on all cores with CommonOps_MT_DDRM.
 */
final class NetworkPass {
    private final MultiClassNetwork net;
    final DMatrixRMaj a1 = new DMatrixRMaj(1, 1);
    final DMatrixRMaj h = new DMatrixRMaj(1, 1);
    /** Logits, then probabilities P, then E = (P − Y)/n. */
    final DMatrixRMaj p = new DMatrixRMaj(1, 1);
    final DMatrixRMaj dh = new DMatrixRMaj(1, 1);
    final DMatrixRMaj gW1;
    final DMatrixRMaj gb1;
    final DMatrixRMaj gW2;
    final DMatrixRMaj gb2;

    NetworkPass(MultiClassNetwork net) {
        this.net = net;
        gW1 = new DMatrixRMaj(net.w1.numRows, net.w1.numCols);
        gb1 = new DMatrixRMaj(1, net.b1.numCols);
        gW2 = new DMatrixRMaj(net.w2.numRows, net.w2.numCols);
        gb2 = new DMatrixRMaj(1, net.b2.numCols);
    }

    /** P = softmax(act(X W1 + b1) W2 + b2) into {@code p} (a1 and h kept for the backward pass). */
    void forward(DMatrixRMaj x) {
        a1.reshape(x.numRows, net.w1.numCols);
        // A1 = X W1 + b1
        CommonOps_MT_DDRM.mult(x, net.w1, a1);
        Bias.addRows(a1, net.b1);
        // H = act(A1)
        h.reshape(a1.numRows, a1.numCols);
        for (int i = 0; i < a1.getNumElements(); i++) {
            h.data[i] = net.activation == MultiClassNetwork.Activation.RELU ? Math.max(0, a1.data[i])
                    : Activations.sigmoid(a1.data[i]);
        }
        // P = softmax(H W2 + b2)
        p.reshape(x.numRows, net.w2.numCols);
        CommonOps_DDRM.mult(h, net.w2, p);
        Bias.addRows(p, net.b2);
        Softmax.rows(p, p);
    }

    /**
     * After {@link #forward}: the gradients of mean cross-entropy + penalty into gW1, gb1, gW2, gb2. Turns p into
     * E = (P − Y)/n. Modifies p, dh and the gradient matrices.
     */
    void backward(DMatrixRMaj x, int[] y, int[] rows, int from) {
        int n = x.numRows;
        int k = p.numCols;
        for (int i = 0; i < n; i++) {
            // E = (P − Y) / n
            p.data[i * k + y[rows == null ? i : rows[from + i]]] -= 1.0;
        }
        CommonOps_DDRM.scale(1.0 / n, p);
        // ∇W2 = Hᵀ E ; ∇b2 = 1ᵀ E
        CommonOps_DDRM.multTransA(h, p, gW2);
        CommonOps_DDRM.sumCols(p, gb2);
        // dH = E W2ᵀ
        dh.reshape(n, h.numCols);
        CommonOps_DDRM.multTransB(p, net.w2, dh);
        // dA1 = dH ⊙ act'(A1), with σ' = H(1 − H) and relu' = [A1 > 0]
        for (int i = 0; i < dh.getNumElements(); i++) {
            dh.data[i] *= net.activation == MultiClassNetwork.Activation.RELU ? (a1.data[i] > 0 ? 1 : 0)
                    : h.data[i] * (1 - h.data[i]);
        }
        // ∇W1 = Xᵀ dA1 ; ∇b1 = 1ᵀ dA1
        CommonOps_MT_DDRM.multTransA(x, dh, gW1);
        CommonOps_DDRM.sumCols(dh, gb1);
        penaltyGradient(net.w1, gW1);
        penaltyGradient(net.w2, gW2);
    }

    /** ∇W += λ1 sign(W) + 2 λ2 W (the gradient of λ1 Σ|W| + λ2 Σ W²). Modifies g. */
    private void penaltyGradient(DMatrixRMaj w, DMatrixRMaj g) {
        if (net.l1 == 0 && net.l2 == 0) {
            return;
        }
        for (int i = 0; i < w.data.length; i++) {
            g.data[i] += net.l1 * Math.signum(w.data[i]) + 2 * net.l2 * w.data[i];
        }
    }

    /** W ← W − lr ∇W for all four parameters. Modifies the network. */
    void step(double lr) {
        CommonOps_DDRM.addEquals(net.w1, -lr, gW1);
        CommonOps_DDRM.addEquals(net.b1, -lr, gb1);
        CommonOps_DDRM.addEquals(net.w2, -lr, gW2);
        CommonOps_DDRM.addEquals(net.b2, -lr, gb2);
    }
}
