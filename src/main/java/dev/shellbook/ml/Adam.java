package dev.shellbook.ml;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1), with Keras' defaults lr 1e-3, β1 0.9, β2 0.999, ε 1e-7. At step t, for
 * every parameter θ with gradient g: m ← β1 m + (1 − β1) g, v ← β2 v + (1 − β2) g², m̂ = m / (1 − β1ᵗ),
 * v̂ = v / (1 − β2ᵗ), θ ← θ − lr m̂ / (√v̂ + ε). (Keras adds its ε to √v before the bias correction, which is the
 * same update with ε replaced by ε/√(1 − β2ᵗ): a difference only where √v̂ is as small as ~1e-6.)
 */
final class Adam implements Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    /** The running means m and v, one pair per parameter matrix, starting at 0. */
    private final double[][] m;
    private final double[][] v;
    private int t;

    Adam(Sgd sgd, List<DMatrixRMaj> parameters) {
        this.lr = sgd.lr();
        this.beta1 = sgd.beta1();
        this.beta2 = sgd.beta2();
        this.epsilon = sgd.epsilon();
        m = new double[parameters.size()][];
        v = new double[parameters.size()][];
        for (int p = 0; p < parameters.size(); p++) {
            m[p] = new double[parameters.get(p).getNumElements()];
            v[p] = new double[m[p].length];
        }
    }

    @Override
    public void step(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients) {
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (int p = 0; p < parameters.size(); p++) {
            update(parameters.get(p).data, gradients.get(p).data, m[p], v[p], c1, c2);
        }
    }

    /** One Adam step on θ with gradient g and state (m, v); c1 = 1 − β1ᵗ, c2 = 1 − β2ᵗ. Modifies θ, m and v. */
    private void update(double[] theta, double[] g, double[] ms, double[] vs, double c1, double c2) {
        // lr m̂ / (√v̂ + ε) = (lr / c1) m / (√v / √c2 + ε): the corrections hoisted out of the loop, which C2 vectorises
        double step = lr / c1;
        double root = 1 / Math.sqrt(c2);
        for (int i = 0; i < ms.length; i++) {
            // m ← β1 m + (1 − β1) g
            ms[i] = beta1 * ms[i] + (1 - beta1) * g[i];
            // v ← β2 v + (1 − β2) g²
            vs[i] = beta2 * vs[i] + (1 - beta2) * g[i] * g[i];
            // θ ← θ − lr m̂ / (√v̂ + ε), with m̂ = m / (1 − β1ᵗ) and v̂ = v / (1 − β2ᵗ)
            theta[i] -= step * ms[i] / (Math.sqrt(vs[i]) * root + epsilon);
        }
    }

    /** The number of steps taken so far (t). */
    int steps() {
        return t;
    }
}
