package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The natural EJML epoch of softmax regression, step by step as on the board: copy the batch, Z = XbW + b,
 * P = softmax(Z), E = (P − Y)/B, ∇W = Xbᵀ E, W ← W − lr ∇W. Work matrices are allocated once and reused.
 * It is the reference the fast {@link SoftmaxKernelEpoch} is checked and benchmarked against.
 */
final class SoftmaxEjmlEpoch implements EpochRunner {
    private final SoftmaxRegression model;
    private final int[] y;
    private final Sgd sgd;
    private final Batches batches;
    private final DMatrixRMaj p;
    private final DMatrixRMaj gradW;
    private final DMatrixRMaj gradB;

    SoftmaxEjmlEpoch(SoftmaxRegression model, Dataset train, Sgd sgd) {
        this.model = model;
        this.y = train.y();
        this.sgd = sgd;
        int batch = Math.min(sgd.batch(), train.size());
        batches = new Batches(train, batch);
        p = new DMatrixRMaj(batch, model.classes());
        gradW = new DMatrixRMaj(train.features(), model.classes());
        gradB = new DMatrixRMaj(1, model.classes());
    }

    @Override
    public Totals run(int[] order) {
        double lossSum = 0;
        long correct = 0;
        int k = model.classes();
        for (int from = 0; from < order.length; from += sgd.batch()) {
            int rows = batches.copy(order, from, sgd.batch());
            // P = softmax(Xb W + b)
            p.reshape(rows, k);
            CommonOps_DDRM.mult(batches.xb(), model.w, p);
            Bias.addRows(p, model.b);
            Softmax.rows(p, p);
            for (int i = 0; i < rows; i++) {
                int label = y[order[from + i]];
                // loss_i = −log p_iy ; correct when argmax p_i = y_i
                lossSum -= Math.log(Math.max(Losses.EPS, p.data[i * k + label]));
                correct += Labels.argmax(p.data, i * k, k) == label ? 1 : 0;
                // E = P − Y (the 1/B comes with the step size below)
                p.data[i * k + label] -= 1.0;
            }
            step(rows);
        }
        return new Totals(lossSum, correct, order.length);
    }

    /** W ← W − (lr/B) Xbᵀ E and b ← b − (lr/B) 1ᵀ E, with E in p. Modifies the model. */
    private void step(int rows) {
        // ∇W = Xbᵀ E
        CommonOps_DDRM.multTransA(batches.xb(), p, gradW);
        // ∇b = 1ᵀ E
        CommonOps_DDRM.sumCols(p, gradB);
        // W ← W − (lr/B) ∇W ; b ← b − (lr/B) ∇b
        CommonOps_DDRM.addEquals(model.w, -sgd.lr() / rows, gradW);
        CommonOps_DDRM.addEquals(model.b, -sgd.lr() / rows, gradB);
    }
}
