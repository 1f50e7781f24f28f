package dev.shellbook.ml;

import java.util.Locale;

/**
 * One epoch of training: running (mean) training loss and accuracy over the epoch's batches, accuracy on the test
 * or validation set (NaN without one), validation loss (NaN without one) and wall-clock seconds.
 */
public record EpochStats(int epoch, double loss, double trainAccuracy, double testAccuracy, double validationLoss,
        double seconds) {

    /** {@code epoch 1, loss 0.7872, train acc 0.748, test acc 0.804} (val loss/acc when a validation set was used). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "epoch %d, loss %.4f, train acc %.3f",
                epoch, loss, trainAccuracy));
        if (!Double.isNaN(validationLoss)) {
            sb.append(String.format(Locale.ROOT, ", val loss %.4f, val acc %.3f", validationLoss, testAccuracy));
        } else if (!Double.isNaN(testAccuracy)) {
            sb.append(String.format(Locale.ROOT, ", test acc %.3f", testAccuracy));
        }
        return sb.toString();
    }
}
