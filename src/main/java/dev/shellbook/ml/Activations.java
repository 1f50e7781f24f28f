package dev.shellbook.ml;

import org.ejml.data.DMatrixRMaj;

/** Element-wise activation functions. */
public final class Activations {
    private Activations() {}

    /** σ(z) = 1 / (1 + e^−z), written so that neither branch overflows. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        // σ(z) = e^z / (1 + e^z) for z < 0
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** σ(Z) element-wise, as a new matrix. */
    public static DMatrixRMaj sigmoid(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < z.getNumElements(); i++) {
            out.data[i] = sigmoid(z.data[i]);
        }
        return out;
    }

    /** max(0, Z) element-wise, as a new matrix. */
    public static DMatrixRMaj relu(DMatrixRMaj z) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < z.getNumElements(); i++) {
            out.data[i] = Math.max(0.0, z.data[i]);
        }
        return out;
    }
}
