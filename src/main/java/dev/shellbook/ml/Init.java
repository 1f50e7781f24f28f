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
}
