package dev.shellbook.ml;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Seeded weight initialisation shared by the models. */
final class Init {
    private Init() {}

    /** m ~ N(0, σ²) element-wise, drawn in row-major order from {@code random}. Modifies {@code m}. */
    static void normal(DMatrixRMaj m, double sigma, Random random) {
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = sigma * random.nextGaussian();
        }
    }

    /**
     * Glorot (Xavier) uniform, Keras' default: m ~ U(−a, a) with a = √(6 / (fan-in + fan-out)), fan-in = rows and
     * fan-out = columns, drawn in row-major order from {@code random}. Modifies {@code m}.
     */
    static void glorotUniform(DMatrixRMaj m, Random random) {
        double a = Math.sqrt(6.0 / (m.numRows + m.numCols));
        for (int i = 0; i < m.data.length; i++) {
            // u ~ U(−a, a)
            m.data[i] = a * (2 * random.nextDouble() - 1);
        }
    }
}
