package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import org.ejml.data.DMatrixRMaj;

/**
 * A model that scores each row of X with k logits: {@link SoftmaxRegression} and {@link Network}. Probabilities,
 * predictions and accuracy follow from the logits in one way for both, so they are written once, here.
 */
public interface Classifier {
    /** Z (n×k): the logits of each row of {@code x}. A new matrix; {@code x} is not modified. */
    DMatrixRMaj logits(DMatrixRMaj x);

    /** P (n×k) = softmax of the logits, row by row. */
    default DMatrixRMaj predictProba(DMatrixRMaj x) {
        DMatrixRMaj z = logits(x);
        Softmax.rows(z, z);
        return z;
    }

    /** ŷ = argmax of each row of the logits (the same as of P). */
    default int[] predict(DMatrixRMaj x) {
        return Labels.argmaxRows(logits(x));
    }

    /** Share of rows of {@code d} predicted correctly. */
    default double accuracy(Dataset d) {
        return Labels.accuracy(predict(d.x()), d.y());
    }
}
