package dev.shellbook.ml;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Forward and backward pass of a {@link Network} on one batch, its products on one {@link Gemm}: in float64
 * ({@link NetworkPass64}) or float32 ({@link NetworkPass32}). The batch, the logits and the gradients are float64 in
 * both, so the epoch, the optimiser and the penalty are one code.
 */
interface NetworkPass {
    /** A batch's summed loss Σ_i −log p_iy_i and its count of correct predictions. */
    record BatchScore(double lossSum, int hits) {}

    /** The pass for {@code net}'s precision. */
    static NetworkPass of(Network net, Gemm gemm) {
        return net.float32 ? new NetworkPass32(net, gemm) : new NetworkPass64(net, gemm);
    }

    /** For every layer, with H_{−1} = X: Z_l = H_{l−1} W_l + 1 b_l, H_l = act(Z_l). Modifies the work matrices. */
    void forward(DMatrixRMaj x);

    /** The output layer's logits after {@link #forward} (a work matrix: read it before the next pass). */
    DMatrixRMaj logits();

    /**
     * After {@link #forward}, with y[i] the label of batch row i: the batch's summed loss and hits, and the output
     * error E = (softmax(Z) − Y)/n. Modifies the output layer's error matrix.
     */
    BatchScore outputError(int[] y);

    /**
     * After {@link #outputError}: the gradients of the mean loss + penalty, layer by layer from the output down
     * (with H_{−1} = X). Modifies the error and gradient matrices.
     */
    void backward(DMatrixRMaj x);

    /** ∇W1, ∇b1, ∇W2, … in the order of {@link Network#parameters()} (live work matrices, float64). */
    List<DMatrixRMaj> gradients();

    /**
     * For logits Z (n×k) and labels y: Σ_i (log Σ_c exp(z_ic) − z_iy), the hits (argmax z_i = y_i), and
     * E = (softmax(Z) − Y)/n into {@code e} (reshaped). Modifies e only.
     */
    static BatchScore outputError(DMatrixRMaj logits, DMatrixRMaj e, int[] y) {
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
}
