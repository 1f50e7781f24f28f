package dev.shellbook.ml;

import java.util.function.Supplier;

/** The epoch loop the models' {@code fit} methods share: run, time, score the held-out set, record, report. */
final class Training {
    /** Accuracy and loss on the held-out set after an epoch; NaN for what was not computed. */
    record HeldOut(double accuracy, double loss) {
        static final HeldOut NONE = new HeldOut(Double.NaN, Double.NaN);
    }

    private Training() {}

    /**
     * Runs {@code sgd.epochs()} epochs of {@code runner} over {@code rows} rows in a seeded {@link Order}. Each
     * epoch's seconds are its training time only; {@code heldOut} is scored after it, and the epoch is recorded
     * in the returned history and reported through {@code sgd}. Modifies the model (through {@code runner}).
     */
    static History run(String name, EpochRunner runner, int rows, Sgd sgd, Supplier<HeldOut> heldOut) {
        if (sgd.isAdam() && !(runner instanceof NetworkEpoch)) {
            throw new IllegalArgumentException(name + ": Adam is implemented for Network only; train this model with "
                    + "Sgd.lr(…), or build a Network (Network.input(d)…softmax(k).build())");
        }
        History history = new History(name);
        Order order = new Order(rows, sgd);
        for (int epoch = 1; epoch <= sgd.epochs(); epoch++) {
            long start = System.nanoTime();
            EpochRunner.Totals t = runner.run(order.next());
            double seconds = (System.nanoTime() - start) / 1e9;
            HeldOut h = heldOut.get();
            EpochStats s = new EpochStats(epoch, t.meanLoss(), t.accuracy(), h.accuracy(), h.loss(), seconds);
            history.add(s);
            sgd.report(s);
        }
        return history;
    }
}
