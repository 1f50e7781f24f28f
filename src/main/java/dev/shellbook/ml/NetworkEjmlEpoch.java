package dev.shellbook.ml;

import dev.shellbook.data.Dataset;

/** The EJML epoch of {@link MultiClassNetwork}: copy the batch, then {@link NetworkPass} forward, backward, step. */
final class NetworkEjmlEpoch implements EpochRunner {
    private final MultiClassNetwork net;
    private final int[] y;
    private final Sgd sgd;
    private final Batches batches;
    private final NetworkPass pass;

    NetworkEjmlEpoch(MultiClassNetwork net, Dataset train, Sgd sgd) {
        this.net = net;
        this.y = train.y();
        this.sgd = sgd;
        this.batches = new Batches(train.x(), Math.min(sgd.batch(), train.size()));
        this.pass = new NetworkPass(net);
    }

    @Override
    public Totals run(int[] order) {
        double loss = 0;
        long correct = 0;
        int k = net.classes;
        for (int from = 0; from < order.length; from += sgd.batch()) {
            int n = batches.copy(order, from, sgd.batch());
            pass.forward(batches.xb());
            // loss = −(1/n) Σ log p_iy + penalty, summed per row
            loss += n * net.penalty();
            for (int i = 0; i < n; i++) {
                int label = y[order[from + i]];
                loss -= Math.log(Math.max(Losses.EPS, pass.p.unsafe_get(i, label)));
                correct += Labels.argmax(pass.p.data, i * k, k) == label ? 1 : 0;
            }
            pass.backward(batches.xb(), y, order, from);
            pass.step(sgd.lr());
        }
        return new Totals(loss, correct, order.length);
    }
}
