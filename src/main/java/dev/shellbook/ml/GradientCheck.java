package dev.shellbook.ml;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.ejml.data.DMatrixRMaj;

/**
 * Finite-difference check of analytic gradients: for a parameter entry θ, the central difference
 * (L(θ + h) − L(θ − h)) / 2h should equal ∂L/∂θ up to O(h²). Used by the tests and by the lessons.
 */
public final class GradientCheck {
    private GradientCheck() {}

    /** One checked entry: where, the analytic and numeric values and their relative error. */
    public record Entry(int parameter, int index, double analytic, double numeric, double relativeError) {}

    /**
     * Largest relative error |a − n| / max(1e-8, |a| + |n|) over up to {@code samples} entries per parameter
     * (all entries when a parameter has fewer), chosen with {@code seed}. {@code loss} recomputes the loss from the
     * live {@code parameters}, which are nudged and restored (left unchanged on return).
     */
    public static double maxRelativeError(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients,
            DoubleSupplier loss, double h, int samples, long seed) {
        return worst(parameters, gradients, loss, h, samples, seed).relativeError();
    }

    /** The entry with the largest relative error (see {@link #maxRelativeError}). */
    public static Entry worst(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients, DoubleSupplier loss,
            double h, int samples, long seed) {
        if (parameters.size() != gradients.size()) {
            throw new IllegalArgumentException("GradientCheck: expected " + parameters.size() + " gradients, found "
                    + gradients.size());
        }
        SplittableRandom random = new SplittableRandom(seed);
        Entry worst = new Entry(-1, -1, 0, 0, 0);
        for (int p = 0; p < parameters.size(); p++) {
            DMatrixRMaj theta = parameters.get(p);
            DMatrixRMaj grad = gradients.get(p);
            if (grad.getNumElements() != theta.getNumElements()) {
                throw new IllegalArgumentException("GradientCheck: expected gradient " + p + " of " + Shapes.of(theta)
                        + ", found " + Shapes.of(grad));
            }
            int n = theta.getNumElements();
            for (int s = 0; s < Math.min(samples, n); s++) {
                int i = n <= samples ? s : random.nextInt(n);
                Entry e = entry(p, i, theta, grad.data[i], loss, h);
                if (e.relativeError() > worst.relativeError() || worst.parameter() < 0) {
                    worst = e;
                }
            }
        }
        return worst;
    }

    private static Entry entry(int p, int i, DMatrixRMaj theta, double analytic, DoubleSupplier loss, double h) {
        double saved = theta.data[i];
        theta.data[i] = saved + h;
        double plus = loss.getAsDouble();
        theta.data[i] = saved - h;
        double minus = loss.getAsDouble();
        theta.data[i] = saved;
        // ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h
        double numeric = (plus - minus) / (2 * h);
        double error = Math.abs(analytic - numeric) / Math.max(1e-8, Math.abs(analytic) + Math.abs(numeric));
        return new Entry(p, i, analytic, numeric, error);
    }
}
