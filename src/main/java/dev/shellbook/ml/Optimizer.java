package dev.shellbook.ml;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** The update of the parameters from their gradients after each batch: plain SGD or {@link Adam}. */
interface Optimizer {
    /** Updates every θ of {@code parameters} from its ∇θ in {@code gradients} (same order). Modifies parameters. */
    void step(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients);

    /** Adam when {@code sgd.isAdam()}, else θ ← θ − lr ∇θ; one instance per training run (Adam keeps state). */
    static Optimizer of(Sgd sgd, List<DMatrixRMaj> parameters) {
        if (sgd.isAdam()) {
            return new Adam(sgd, parameters);
        }
        double lr = sgd.lr();
        return (thetas, grads) -> {
            for (int p = 0; p < thetas.size(); p++) {
                // θ ← θ − lr ∇θ
                CommonOps_DDRM.addEquals(thetas.get(p), -lr, grads.get(p));
            }
        };
    }
}
