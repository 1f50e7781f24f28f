package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/**
 * Adding a bias row to every row of a matrix, Z ← Z + 1 b, the step every model's forward pass shares (softmax
 * regression and both layers of the network, on the EJML path and in {@code logits}). EJML has no broadcasting
 * add; its equivalent, {@code CommonOps_DDRM.multAdd(ones, b, z)}, multiplies by a column of ones, so this is
 * one loop over z's array (tested equal to that).
 */
final class Bias {
    private Bias() {}

    /** Z ← Z + 1 b: adds the 1×k row {@code b} to every row of the n×k {@code z}. Modifies {@code z}. */
    static void addRows(DMatrixRMaj z, DMatrixRMaj b) {
        int k = z.numCols;
        for (int i = 0; i < z.numRows; i++) {
            for (int c = 0; c < k; c++) {
                z.data[i * k + c] += b.data[c];
            }
        }
    }
}
