package dev.shellbook.ml;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Forward and backward pass of a {@link Network} on one batch in float64, every product on one {@link Gemm}, with
 * the work matrices allocated once and reused (reshaped to the batch). Layer l (0-based) has Z_l, H_l = act(Z_l)
 * and D_l = ∂L/∂Z_l (L the batch's mean loss); the output layer's Z is the logits and its D is
 * E = (softmax(Z) − Y)/n.
 */
final class NetworkPass64 implements NetworkPass {
    private final Network net;
    private final Gemm gemm;
    private final int depth;
    private final DMatrixRMaj[] z;
    private final DMatrixRMaj[] h;
    private final DMatrixRMaj[] d;
    private final DMatrixRMaj[] gW;
    private final DMatrixRMaj[] gb;
    private final List<DMatrixRMaj> gradients = new ArrayList<>();

    NetworkPass64(Network net, Gemm gemm) {
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
    @Override
    public void forward(DMatrixRMaj x) {
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

    @Override
    public DMatrixRMaj logits() {
        return z[depth - 1];
    }

    @Override
    public NetworkPass.BatchScore outputError(int[] y) {
        return NetworkPass.outputError(z[depth - 1], d[depth - 1], y);
    }

    @Override
    public void backward(DMatrixRMaj x) {
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

    @Override
    public List<DMatrixRMaj> gradients() {
        return gradients;
    }
}
