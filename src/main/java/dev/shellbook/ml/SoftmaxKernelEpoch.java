package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import dev.shellbook.ml.kernel.Vectors;
import java.util.function.IntConsumer;

/**
 * The fast softmax-regression epoch: the loops of {@link SoftmaxKernel} (float64) or {@link SoftmaxKernel32}
 * (float32, {@code Sgd.float32()}) on Wᵀ (k×d) and on the batch's rows of X, gathered in the shuffled order into
 * reused row arrays by the forward chunks (no copy of all of X); {@link SoftmaxArrays} holds the arrays of the
 * precision. Each batch runs in two phases on a {@link Team}: the forward pass in chunks of 32 rows (each gathers
 * its rows first), then the update in chunks of columns of Wᵀ. Every row and every column is computed the same
 * way whoever computes it, so the result does not depend on the number of threads. In float64 it equals
 * {@link SoftmaxEjmlEpoch}'s up to rounding (tested to 1e-12); in float32 up to float32's rounding (see
 * {@code SoftmaxRegressionTest}). The softmax, the loss and E = P − Y are float64 in both (k values per row, a
 * negligible cost).
 *
 * <p>Chunks handed out by a counter replaced a static half/half split with a two-party spin barrier: on the busy
 * shared machine a descheduled partner stalled every batch (2 threads 0.18–0.27 s/epoch, slower than 1 thread);
 * also tried and dropped, no difference within the noise: a private gradient buffer per thread, or per chunk of
 * rows computed right after its forward pass (rows still in that core's cache), summed into Wᵀ afterwards
 * (2 threads 0.177–0.208 s vs 0.169–0.190 s per epoch for this shared update, same runs).
 *
 * <p>Math.fma compiles to one instruction on every x86 since 2013 and on all 64-bit ARM; on a CPU without FMA it
 * is emulated and slow; {@code Sgd.engine(EJML)} is the fallback there.
 */
final class SoftmaxKernelEpoch implements EpochRunner {
    private static final int ROWS_PER_CHUNK = 32;
    private static final int COLUMN_CHUNKS = 7;
    private final SoftmaxArrays arrays;
    private final int[] y;
    private final int d;
    private final int k;
    private final Sgd sgd;
    private final int threads;
    /** Logits, then E = P − Y, of the current batch (row-major, rows × k). */
    private final double[] e;
    /** 1ᵀ E of the current batch. */
    private final double[] gradB;
    private final double[] chunkLoss;
    private final long[] chunkHits;
    private final int columnsPerChunk;
    private final IntConsumer forwardChunk = this::forwardChunk;
    private final IntConsumer updateChunk = this::updateChunk;
    /** The batch being computed: written before each phase, read by its chunks. */
    private int[] order;
    private int from;
    private int rows;

    SoftmaxKernelEpoch(SoftmaxRegression model, Dataset train, Sgd sgd) {
        int batch = Math.min(sgd.batch(), train.size());
        this.arrays = SoftmaxArrays.of(model, train, batch, sgd, sgd.vector() && Vectors.enabled());
        this.y = train.y();
        this.d = model.features();
        this.k = model.classes();
        this.sgd = sgd;
        this.threads = Math.max(1, Math.min(sgd.threads(), 8));
        this.e = new double[batch * k];
        this.gradB = new double[k];
        this.chunkLoss = new double[(batch + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK];
        this.chunkHits = new long[chunkLoss.length];
        int align = arrays.align();
        this.columnsPerChunk = ((d + COLUMN_CHUNKS - 1) / COLUMN_CHUNKS + align - 1) / align * align;
    }

    @Override
    public Totals run(int[] rowOrder) {
        arrays.load();
        double loss = 0;
        long correct = 0;
        try (Team team = new Team(threads - 1)) {
            order = rowOrder;
            for (from = 0; from < rowOrder.length; from += sgd.batch()) {
                rows = Math.min(sgd.batch(), rowOrder.length - from);
                int chunks = (rows + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
                // P = softmax(Xb W + b), E = P − Y, by chunks of rows
                team.run(chunks, forwardChunk);
                // W ← W − (lr/B) Xbᵀ E, by chunks of columns of Wᵀ
                team.run((d + columnsPerChunk - 1) / columnsPerChunk, updateChunk);
                // b ← b − (lr/B) 1ᵀ E
                arrays.updateBias(columnSums(), sgd.lr() / rows);
                for (int c = 0; c < chunks; c++) {
                    loss += chunkLoss[c];
                    correct += chunkHits[c];
                }
            }
        }
        arrays.store();
        return new Totals(loss, correct, rowOrder.length);
    }

    /** Rows 32c .. 32c+31 of the batch, gathered: e_i = softmax(b + Wᵀ x_i) − onehot(y_i); their loss and hits. */
    private void forwardChunk(int c) {
        int r0 = c * ROWS_PER_CHUNK;
        int r1 = Math.min(rows, r0 + ROWS_PER_CHUNK);
        arrays.gather(order, from, r0, r1);
        arrays.logits(r0, r1, e);
        double loss = 0;
        long hits = 0;
        for (int i = r0; i < r1; i++) {
            int label = y[order[from + i]];
            hits += Labels.argmax(e, i * k, k) == label ? 1 : 0;
            loss += SoftmaxKernel.softmaxError(e, i * k, k, label);
        }
        chunkLoss[c] = loss;
        chunkHits[c] = hits;
    }

    /** Columns of chunk c of Wᵀ: Wᵀ ← Wᵀ − (lr/B) Eᵀ Xb on them. */
    private void updateChunk(int c) {
        int j0 = c * columnsPerChunk;
        int j1 = Math.min(d, j0 + columnsPerChunk);
        arrays.update(rows, e, sgd.lr() / rows, j0, j1);
    }

    /** gradB = 1ᵀ E over the batch's rows. Modifies gradB. */
    private double[] columnSums() {
        for (int c = 0; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += e[i * k + c];
            }
            gradB[c] = sum;
        }
        return gradB;
    }
}
