package dev.shellbook.ml;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The {@link NetworkPass64} pass with its products and activations in float32, as Keras trains: before each
 * forward pass the float64 weights are rounded to float32 copies, and after the backward pass the float32
 * gradients are widened to float64 for the optimiser (which, like the weights, stays float64). The output error is
 * computed in float64 on the widened logits (k per row, a negligible cost).
 */
final class NetworkPass32 implements NetworkPass {
    private final Network net;
    private final Gemm gemm;
    private final int depth;
    private final FMatrixRMaj x32 = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj[] w;
    private final FMatrixRMaj[] b;
    private final FMatrixRMaj[] z;
    private final FMatrixRMaj[] h;
    private final FMatrixRMaj[] d;
    private final FMatrixRMaj gW32;
    private final FMatrixRMaj gb32 = new FMatrixRMaj(1, 1);
    private final DMatrixRMaj logits = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj e = new DMatrixRMaj(1, 1);
    private final List<DMatrixRMaj> gradients = new ArrayList<>();

    NetworkPass32(Network net, Gemm gemm) {
        this.net = net;
        this.gemm = gemm;
        this.depth = net.layers.size();
        w = new FMatrixRMaj[depth];
        b = new FMatrixRMaj[depth];
        z = new FMatrixRMaj[depth];
        h = new FMatrixRMaj[depth];
        d = new FMatrixRMaj[depth];
        for (int l = 0; l < depth; l++) {
            Dense layer = net.layers.get(l);
            w[l] = new FMatrixRMaj(layer.inputs, layer.units);
            b[l] = new FMatrixRMaj(1, layer.units);
            z[l] = new FMatrixRMaj(1, layer.units);
            h[l] = new FMatrixRMaj(1, layer.units);
            d[l] = new FMatrixRMaj(1, layer.units);
            gradients.add(new DMatrixRMaj(layer.inputs, layer.units));
            gradients.add(new DMatrixRMaj(1, layer.units));
        }
        gW32 = new FMatrixRMaj(1, 1);
    }

    @Override
    public void forward(DMatrixRMaj x) {
        narrow(x, x32);
        FMatrixRMaj a = x32;
        for (int l = 0; l < depth; l++) {
            Dense layer = net.layers.get(l);
            narrow(layer.w, w[l]);
            narrow(layer.b, b[l]);
            // Z_l = H_{l−1} W_l + 1 b_l
            gemm.mult(a, w[l], z[l]);
            addBiasRows(z[l], b[l]);
            if (!layer.isOutput()) {
                // H_l = act(Z_l)
                layer.activation.apply(z[l], h[l]);
                a = h[l];
            }
        }
    }

    @Override
    public DMatrixRMaj logits() {
        widen(z[depth - 1], logits);
        return logits;
    }

    @Override
    public BatchScore outputError(int[] y) {
        BatchScore s = NetworkPass.outputError(logits(), e, y);
        narrow(e, d[depth - 1]);
        return s;
    }

    @Override
    public void backward(DMatrixRMaj x) {
        for (int l = depth - 1; l >= 0; l--) {
            Dense layer = net.layers.get(l);
            // ∇W_l = H_{l−1}ᵀ D_l
            gemm.multTransA(l == 0 ? x32 : h[l - 1], d[l], gW32);
            // ∇b_l = 1ᵀ D_l
            CommonOps_FDRM.sumCols(d[l], gb32);
            widen(gW32, gradients.get(2 * l));
            widen(gb32, gradients.get(2 * l + 1));
            // ∇W_l += λ1 sign(W_l) + 2 λ2 W_l (in float64, on the float64 weights)
            net.addPenaltyGradient(layer.w, gradients.get(2 * l));
            if (l > 0) {
                // D_{l−1} = (D_l W_lᵀ) ⊙ act'(Z_{l−1})
                gemm.multTransB(d[l], w[l], d[l - 1]);
                net.layers.get(l - 1).activation.backprop(z[l - 1], h[l - 1], d[l - 1]);
            }
        }
    }

    @Override
    public List<DMatrixRMaj> gradients() {
        return gradients;
    }

    /** Z ← Z + 1 b in float32. Modifies z. */
    private static void addBiasRows(FMatrixRMaj z, FMatrixRMaj b) {
        int k = z.numCols;
        for (int i = 0; i < z.numRows; i++) {
            for (int c = 0; c < k; c++) {
                z.data[i * k + c] += b.data[c];
            }
        }
    }

    /** out ← a rounded to float32 (reshaped). Modifies out. */
    private static void narrow(DMatrixRMaj a, FMatrixRMaj out) {
        out.reshape(a.numRows, a.numCols);
        for (int i = 0; i < a.getNumElements(); i++) {
            out.data[i] = (float) a.data[i];
        }
    }

    /** out ← a widened to float64 (reshaped). Modifies out. */
    private static void widen(FMatrixRMaj a, DMatrixRMaj out) {
        out.reshape(a.numRows, a.numCols);
        for (int i = 0; i < a.getNumElements(); i++) {
            out.data[i] = a.data[i];
        }
    }
}
