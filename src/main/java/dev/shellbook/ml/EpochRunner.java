package dev.shellbook.ml;

/** One epoch of minibatch SGD over the rows in a given order. Implementations keep their work buffers across epochs. */
interface EpochRunner {

    /** Sum of the per-row losses and count of correct predictions, each taken on the batch before its update. */
    record Totals(double lossSum, long correct, int rows) {
        double meanLoss() {
            return lossSum / rows;
        }

        double accuracy() {
            return (double) correct / rows;
        }
    }

    /** Runs one epoch visiting rows {@code order[0]}, {@code order[1]}, … in batches. Modifies the model. */
    Totals run(int[] order);
}
