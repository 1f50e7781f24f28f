package dev.shellbook.ml;

import dev.shellbook.data.Dataset;

/**
 * The fast softmax-regression epoch: {@link SoftmaxKernel}'s loops on Wᵀ (k×d) and on X as row arrays (copied
 * once, see RowArrays), rows read through the shuffled index (no batch copy), each batch split across the threads:
 * forward by rows, then the update by bands of columns of Wᵀ, with a {@link SpinBarrier} between the two phases.
 * Results equal {@link SoftmaxEjmlEpoch}'s up to rounding (tested to 1e-12).
 *
 * <p>Tried and dropped: each thread summing the gradient of its own rows into a private k×d buffer (cache-local),
 * added into Wᵀ after the barrier: medians 0.18–0.27 s vs 0.14–0.21 s per epoch for this shared update, same
 * run, loaded machine, i.e. no gain for the extra pass.
 *
 * <p>Math.fma compiles to one instruction on every x86 since 2013 and on all 64-bit ARM; on a CPU without FMA it
 * is emulated and slow; {@code Sgd.engine(EJML)} is the fallback there.
 */
final class SoftmaxKernelEpoch implements EpochRunner {
    private final SoftmaxRegression model;
    /** X as one array per row (see {@link SoftmaxKernel} for why and {@link RowArrays} for the copy). */
    private final double[][] x;
    private final int[] y;
    private final int d;
    private final int k;
    private final Sgd sgd;
    private final int threads;
    /** Wᵀ: one row per class. */
    private final double[][] wt;
    private final double[] e;
    private final double[] lossPart;
    private final long[] correctPart;

    SoftmaxKernelEpoch(SoftmaxRegression model, Dataset train, Sgd sgd) {
        this.model = model;
        this.x = RowArrays.of(train.x());
        this.y = train.y();
        this.d = model.features();
        this.k = model.classes();
        this.sgd = sgd;
        this.threads = Math.max(1, Math.min(sgd.threads(), 8));
        this.wt = new double[k][d];
        this.e = new double[Math.min(sgd.batch(), train.size()) * k];
        this.lossPart = new double[threads];
        this.correctPart = new long[threads];
    }

    @Override
    public Totals run(int[] order) {
        // Wᵀ ← W
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < k; c++) {
                wt[c][j] = model.w.data[j * k + c];
            }
        }
        if (threads == 1) {
            work(0, order, null);
        } else {
            runParallel(order);
        }
        // W ← (Wᵀ)ᵀ
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < k; c++) {
                model.w.data[j * k + c] = wt[c][j];
            }
        }
        double loss = 0;
        long correct = 0;
        for (int t = 0; t < threads; t++) {
            loss += lossPart[t];
            correct += correctPart[t];
        }
        return new Totals(loss, correct, order.length);
    }

    private void runParallel(int[] order) {
        SpinBarrier barrier = new SpinBarrier(threads);
        Thread[] workers = new Thread[threads - 1];
        Throwable[] failure = new Throwable[threads];
        for (int t = 1; t < threads; t++) {
            int id = t;
            workers[t - 1] = new Thread(() -> guarded(id, order, barrier, failure), "shellbook-sgd-" + t);
            workers[t - 1].setDaemon(true);
            workers[t - 1].start();
        }
        guarded(0, order, barrier, failure);
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training", ex);
            }
        }
        for (Throwable f : failure) {
            if (f != null) {
                throw new IllegalStateException("training thread failed: " + f, f);
            }
        }
    }

    private void guarded(int t, int[] order, SpinBarrier barrier, Throwable[] failure) {
        try {
            work(t, order, barrier);
        } catch (RuntimeException | Error ex) {
            failure[t] = ex;
            barrier.breakBarrier();
        }
    }

    /** Thread t's share of every batch: its rows in the forward pass, its band of Wᵀ's columns in the update. */
    private void work(int t, int[] order, SpinBarrier barrier) {
        double loss = 0;
        long[] hits = new long[1];
        int batch = sgd.batch();
        int j0 = band(t, d, 8);
        int j1 = band(t + 1, d, 8);
        for (int from = 0; from < order.length; from += batch) {
            int rows = Math.min(batch, order.length - from);
            int r0 = band(t, rows, 2);
            int r1 = band(t + 1, rows, 2);
            // P = softmax(Xb W + b), E = P − Y for this thread's rows; loss and hits counted on the way
            loss += forward(order, from, r0, r1, hits);
            if (barrier != null) {
                barrier.await();
            }
            double step = sgd.lr() / rows;
            // W ← W − (lr/B) Xbᵀ E, on columns j0..j1 of Wᵀ
            SoftmaxKernel.update(x, order, from, 0, rows, e, step, wt, j0, j1);
            if (t == 0) {
                updateBias(rows, step);
            }
            if (barrier != null) {
                barrier.await();
            }
        }
        lossPart[t] = loss;
        correctPart[t] = hits[0];
    }

    /**
     * Rows r0..r1 of the batch at {@code from}: e_i = softmax(b + Wᵀ x_i) − onehot(y_i) into e. Returns the sum of
     * their losses and adds their correct predictions to hits[0]. Modifies e (those rows) and hits.
     */
    private double forward(int[] order, int from, int r0, int r1, long[] hits) {
        double[] b = model.b.data;
        int i = r0;
        for (; k == 10 && i + 2 <= r1; i += 2) {
            // z_i = b + Wᵀ x_i for two rows at once
            SoftmaxKernel.logitsPair10(x[order[from + i]], x[order[from + i + 1]], wt, b, e, i * k);
        }
        for (; i < r1; i++) {
            SoftmaxKernel.logitsOne(x[order[from + i]], wt, b, e, i * k);
        }
        double loss = 0;
        for (i = r0; i < r1; i++) {
            int label = y[order[from + i]];
            hits[0] += Labels.argmax(e, i * k, k) == label ? 1 : 0;
            loss += SoftmaxKernel.softmaxError(e, i * k, k, label);
        }
        return loss;
    }

    /** b ← b − step · 1ᵀ E over the batch's rows. Modifies the model's b. */
    private void updateBias(int rows, double step) {
        for (int c = 0; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += e[i * k + c];
            }
            model.b.data[c] -= step * sum;
        }
    }

    /** Start of part {@code t} of 0..n split in {@code threads} parts, rounded down to a multiple of {@code unit}. */
    private int band(int t, int n, int unit) {
        return t >= threads ? n : (int) ((long) n * t / threads) / unit * unit;
    }
}
