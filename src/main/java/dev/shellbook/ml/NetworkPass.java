package dev.shellbook.ml;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Forward and backward pass of a {@link Network} on one batch in float64, every product on one {@link Gemm}, with
 * the work matrices allocated once and reused (reshaped to the batch). Layer l (0-based) has Z_l, H_l = act(Z_l)
 * and D_l = ∂(n·L)/∂Z_l / n; the output layer's Z is the logits and its D is E = (softmax(Z) − Y)/n.
 */
final class NetworkPass {
    /** A batch's summed loss Σ_i −log p_iy_i and its count of correct predictions. */
    record BatchScore(double lossSum, int hits) {}

    private final Network net;
    private final Gemm gemm;
    private final int depth;
    private final DMatrixRMaj[] z;
    private final DMatrixRMaj[] h;
    private final DMatrixRMaj[] d;
    private final DMatrixRMaj[] gW;
    private final DMatrixRMaj[] gb;
    private final List<DMatrixRMaj> gradients = new ArrayList<>();

    NetworkPass(Network net, Gemm gemm) {
        this.net = net;
        this.gemm = gemm;
        this.depth = net.layers.size();
        z = new DMatrixRMaj[depth];
        h = new DMatrixRMaj[depth];
        d = new DMatrixRMaj[depth];
        gW = new DMatrixRMaj[depth];
        gb = new DMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            Dense layer = net.layers.get(l);
            z[l] = new DMatrixRMaj(1, layer.units);
            h[l] = new DMatrixRMaj(1, layer.units);
            d[l] = new DMatrixRMaj(1, layer.units);
            gW[l] = new DMatrixRMaj(layer.inputs, layer.units);
            gb[l] = new DMatrixRMaj(1, layer.units);
            gradients.add(gW[l]);
            gradients.add(gb[l]);
        }
    }

    /** For every layer, with H_{−1} = X: Z_l = H_{l−1} W_l + 1 b_l, H_l = act(Z_l). Modifies the work matrices. */
    void forward(DMatrixRMaj x) {
        DMatrixRMaj a = x;
        for (int l = 0; l < depth; l++) {
            Dense layer = net.layers.get(l);
            // Z_l = H_{l−1} W_l + 1 b_l
            gemm.mult(a, layer.w, z[l]);
            SoftmaxEjmlEpoch.addBiasRows(z[l], layer.b);
            if (!layer.isOutput()) {
                // H_l = act(Z_l)
                layer.activation.apply(z[l], h[l]);
                a = h[l];
            }
        }
    }

    /** The output layer's logits after {@link #forward} (a work matrix: read it before the next pass). */
    DMatrixRMaj logits() {
        return z[depth - 1];
    }

    /**
     * After {@link #forward}, with y[i] the label of batch row i: the batch's summed loss −log softmax(z_i)_{y_i}
     * and hits (argmax z_i = y_i), and the output error E = (softmax(Z) − Y)/n. Modifies the output layer's D.
     */
    BatchScore outputError(int[] y) {
        DMatrixRMaj logits = z[depth - 1];
        DMatrixRMaj e = d[depth - 1];
        int n = logits.numRows;
        int k = logits.numCols;
        e.reshape(n, k);
        System.arraycopy(logits.data, 0, e.data, 0, n * k);
        double loss = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            hits += Labels.argmax(logits.data, i * k, k) == y[i] ? 1 : 0;
            // e_i = softmax(z_i) − onehot(y_i), loss_i = log Σ exp(z_i) − z_iy
            loss += SoftmaxKernel.softmaxError(e.data, i * k, k, y[i]);
        }
        // E = (P − Y) / n
        CommonOps_DDRM.scale(1.0 / n, e);
        return new BatchScore(loss, hits);
    }

    /**
     * After {@link #outputError}: the gradients of the mean loss + penalty, layer by layer from the output down
     * (with H_{−1} = X). Modifies the D and gradient matrices.
     */
    void backward(DMatrixRMaj x) {
        for (int l = depth - 1; l >= 0; l--) {
            Dense layer = net.layers.get(l);
            // ∇W_l = H_{l−1}ᵀ D_l
            gemm.multTransA(l == 0 ? x : h[l - 1], d[l], gW[l]);
            // ∇b_l = 1ᵀ D_l
            CommonOps_DDRM.sumCols(d[l], gb[l]);
            // ∇W_l += λ1 sign(W_l) + 2 λ2 W_l
            net.addPenaltyGradient(layer.w, gW[l]);
            if (l > 0) {
                // D_{l−1} = (D_l W_lᵀ) ⊙ act'(Z_{l−1})
                gemm.multTransB(d[l], layer.w, d[l - 1]);
                net.layers.get(l - 1).activation.backprop(z[l - 1], h[l - 1], d[l - 1]);
            }
        }
    }

    /** ∇W1, ∇b1, ∇W2, … in the order of {@link Network#parameters()} (the live work matrices). */
    List<DMatrixRMaj> gradients() {
        return gradients;
    }
}
