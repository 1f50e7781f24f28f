package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import dev.shellbook.ml.kernel.Logits;

/**
 * The float32 arrays of the kernel epoch: the batch's rows of X rounded to float32 (when X is a matrix, rows of its
 * float32 copy, made once by {@link RowArrays}; else rounded as they are gathered, a loaded set's from its bytes), and
 * float32 copies of Wᵀ and b, trained in float32 through the epoch and written back to the model's float64 W and b
 * at its end (exactly: a float32 value widens to float64 without rounding, so the next epoch starts from the same
 * bits). Writing back after every epoch, not only after {@code fit}, keeps the model current for what runs between
 * epochs: the held-out score, the listeners (lesson 5's curves), and a fit stopped with Ctrl-C.
 */
final class SoftmaxArrays32 implements SoftmaxArrays {
    private final SoftmaxRegression model;
    private final Dataset source;
    /** X rounded to float32 once, when X is a matrix; else null. */
    private final float[][] rounded;
    /** The gathered batch rows (rows of {@link #rounded}, or arrays of their own), read in the order rowOrder. */
    private final float[][] x;
    private final int[] rowOrder;
    private final float[][] wt;
    private final float[] b;
    private final int k;
    /** The forward pass and the update on the Vector API ({@link Logits}). */
    private final boolean vector;

    SoftmaxArrays32(SoftmaxRegression model, Dataset source, int batch, boolean vector) {
        this.model = model;
        this.source = source;
        this.rounded = source.matrix().map(RowArrays::floats).orElse(null);
        this.x = rounded != null ? new float[batch][] : new float[batch][source.features()];
        this.rowOrder = SoftmaxArrays.identity(batch);
        this.k = model.classes();
        this.wt = new float[k][model.features()];
        this.b = new float[k];
        this.vector = vector;
    }

    @Override
    public void load() {
        // Wᵀ ← W, b ← b, rounded to float32
        for (int j = 0; j < wt[0].length; j++) {
            for (int c = 0; c < k; c++) {
                wt[c][j] = (float) model.w.data[j * k + c];
            }
        }
        for (int c = 0; c < k; c++) {
            b[c] = (float) model.b.data[c];
        }
    }

    @Override
    public void store() {
        // W ← (Wᵀ)ᵀ, b ← b, widened to float64
        for (int j = 0; j < wt[0].length; j++) {
            for (int c = 0; c < k; c++) {
                model.w.data[j * k + c] = wt[c][j];
            }
        }
        for (int c = 0; c < k; c++) {
            model.b.data[c] = b[c];
        }
    }

    @Override
    public void gather(int[] order, int from, int r0, int r1) {
        if (rounded == null) {
            source.copyRows(order, from + r0, r1 - r0, x, r0);
            return;
        }
        for (int i = r0; i < r1; i++) {
            x[i] = rounded[order[from + i]];
        }
    }

    @Override
    public void logits(int r0, int r1, double[] z) {
        int[] order = rowOrder;   // the gathered rows, 0 .. rows − 1, in the kernels' (order, from) indexing
        int from = 0;
        int i = r0;
        for (; vector && k == 10 && i + 4 <= r1; i += 4) {
            // z_i = b + Wᵀ x_i for four rows at once
            Logits.quad10(x[order[from + i]], x[order[from + i + 1]], x[order[from + i + 2]], x[order[from + i + 3]],
                    wt, b, z, i * k);
        }
        for (; k == 10 && i + 2 <= r1; i += 2) {
            // z_i = b + Wᵀ x_i for two rows at once
            if (vector) {
                Logits.pair10(x[order[from + i]], x[order[from + i + 1]], wt, b, z, i * k);
            } else {
                SoftmaxKernel32.logitsPair10(x[order[from + i]], x[order[from + i + 1]], wt, b, z, i * k);
            }
        }
        for (; i < r1; i++) {
            SoftmaxKernel32.logitsOne(x[order[from + i]], wt, b, z, i * k);
        }
    }

    @Override
    public void update(int rows, double[] e, double step, int j0, int j1) {
        SoftmaxKernel32.update(x, rowOrder, 0, 0, rows, e, step, wt, j0, j1, vector);
    }

    @Override
    public void updateBias(double[] g, double step) {
        for (int c = 0; c < k; c++) {
            // b_c ← b_c − step g_c, in float32
            b[c] -= (float) (step * g[c]);
        }
    }

    @Override
    public int align() {
        return vector ? Logits.bandWidth() : 16;
    }
}
