package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import dev.shellbook.ml.kernel.Logits;

/** The float64 arrays of the kernel epoch: the batch's rows of X, Wᵀ, and the model's own b (updated in place). */
final class SoftmaxArrays64 implements SoftmaxArrays {
    private final SoftmaxRegression model;
    private final Dataset source;
    /** The gathered batch rows, read in the order {@link #rowOrder}. */
    private final double[][] x;
    private final int[] rowOrder;
    private final double[][] wt;
    private final int k;
    /** The forward pass on the Vector API ({@link Logits}). */
    private final boolean vector;

    SoftmaxArrays64(SoftmaxRegression model, Dataset source, int batch, boolean vector) {
        this.model = model;
        this.source = source;
        this.x = new double[batch][source.features()];
        this.rowOrder = SoftmaxArrays.identity(batch);
        this.k = model.classes();
        this.wt = new double[k][model.features()];
        this.vector = vector;
    }

    @Override
    public void load() {
        // Wᵀ ← W
        for (int j = 0; j < wt[0].length; j++) {
            for (int c = 0; c < k; c++) {
                wt[c][j] = model.w.data[j * k + c];
            }
        }
    }

    @Override
    public void store() {
        // W ← (Wᵀ)ᵀ
        for (int j = 0; j < wt[0].length; j++) {
            for (int c = 0; c < k; c++) {
                model.w.data[j * k + c] = wt[c][j];
            }
        }
    }

    @Override
    public void gather(int[] order, int from, int r0, int r1) {
        for (int i = r0; i < r1; i++) {
            source.copyRows(order, from + i, 1, x[i]);
        }
    }

    @Override
    public void logits(int r0, int r1, double[] z) {
        int[] order = rowOrder;   // the gathered rows, 0 .. rows − 1, in the kernels' (order, from) indexing
        int from = 0;
        double[] b = model.b.data;
        int i = r0;
        for (; k == 10 && i + 2 <= r1; i += 2) {
            // z_i = b + Wᵀ x_i for two rows at once
            if (vector) {
                Logits.pair10(x[order[from + i]], x[order[from + i + 1]], wt, b, z, i * k);
            } else {
                SoftmaxKernel.logitsPair10(x[order[from + i]], x[order[from + i + 1]], wt, b, z, i * k);
            }
        }
        for (; i < r1; i++) {
            SoftmaxKernel.logitsOne(x[order[from + i]], wt, b, z, i * k);
        }
    }

    @Override
    public void update(int rows, double[] e, double step, int j0, int j1) {
        SoftmaxKernel.update(x, rowOrder, 0, 0, rows, e, step, wt, j0, j1);
    }

    @Override
    public void updateBias(double[] g, double step) {
        for (int c = 0; c < k; c++) {
            model.b.data[c] -= step * g[c];
        }
    }

    @Override
    public int align() {
        return 8;
    }
}
