package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/** A reusable batch matrix Xb filled with chosen rows of X (the EJML models' batch copy). */
final class Batches {
    private final DMatrixRMaj x;
    private final DMatrixRMaj xb;

    Batches(DMatrixRMaj x, int batch) {
        this.x = x;
        this.xb = new DMatrixRMaj(batch, x.numCols);
    }

    /** Xb ← rows order[from .. from+n) of X with n = min(batch, rest); returns n. Modifies the batch matrix. */
    int copy(int[] order, int from, int batch) {
        int n = Math.min(batch, order.length - from);
        int d = x.numCols;
        xb.reshape(n, d);
        for (int i = 0; i < n; i++) {
            System.arraycopy(x.data, order[from + i] * d, xb.data, i * d, d);
        }
        return n;
    }

    DMatrixRMaj xb() {
        return xb;
    }
}
