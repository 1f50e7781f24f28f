package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** One epoch of a {@link Network}: for each batch, copy it, forward, output error, backward, optimiser step. */
final class NetworkEpoch implements EpochRunner {
    private final Network net;
    private final int[] y;
    private final Sgd sgd;
    private final Batches batches;
    private final NetworkPass pass;
    private final Optimizer optimizer;
    private final List<DMatrixRMaj> parameters;
    private final int[] labels;

    NetworkEpoch(Network net, Dataset train, Sgd sgd, Gemm gemm) {
        this.net = net;
        this.y = train.y();
        this.sgd = sgd;
        int batch = Math.min(sgd.batch(), Math.max(1, train.size()));
        this.batches = new Batches(train, batch);
        this.pass = NetworkPass.of(net, gemm);
        this.parameters = net.parameters();
        this.optimizer = Optimizer.of(sgd, parameters);
        this.labels = new int[batch];
    }

    @Override
    public Totals run(int[] order) {
        double loss = 0;
        long correct = 0;
        for (int from = 0; from < order.length; from += sgd.batch()) {
            int n = batches.copy(order, from, sgd.batch());
            for (int i = 0; i < n; i++) {
                labels[i] = y[order[from + i]];
            }
            pass.forward(batches.xb());
            // loss = −(1/n) Σ log p_iy + penalty, summed per row
            loss += n * net.penalty();
            NetworkPass.BatchScore s = pass.outputError(labels);
            loss += s.lossSum();
            correct += s.hits();
            pass.backward(batches.xb());
            optimizer.step(parameters, pass.gradients());
        }
        return new Totals(loss, correct, order.length);
    }
}
