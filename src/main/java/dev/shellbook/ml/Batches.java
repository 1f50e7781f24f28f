package dev.shellbook.ml;

import dev.shellbook.data.Dataset;
import org.ejml.data.DMatrixRMaj;

/**
 * A reusable batch matrix Xb filled with chosen rows of a data set's X (the EJML models' batch copy), read through
 * {@link Dataset#copyRows}, so that a view ({@link Dataset#map}) is never made whole.
 */
final class Batches {
    private final Dataset data;
    private final DMatrixRMaj xb;

    Batches(Dataset data, int batch) {
        this.data = data;
        this.xb = new DMatrixRMaj(batch, data.features());
    }

    /** Xb ← rows order[from .. from+n) of X with n = min(batch, rest); returns n. Modifies the batch matrix. */
    int copy(int[] order, int from, int batch) {
        int n = Math.min(batch, order.length - from);
        xb.reshape(n, data.features());
        data.copyRows(order, from, n, xb.data);
        return n;
    }

    DMatrixRMaj xb() {
        return xb;
    }
}
