//LESSON Maxima
// A lesson whose checks are proved against listed mistakes: in one exercise a check is too weak to catch a
// mistake, in the other the checks run in an order that blames the wrong thing.

//STEP Imports
// The checks.
import dev.shellbook.exercise.Check;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

//EXERCISE biggest: The largest entry
// Write `biggest(v)`, the largest entry of `v`.
//TODO return the largest entry of v
//HINT Keep the best entry so far, starting with the first.
double biggest(double[] v) {
    //SOLUTION
    double best = v[0];
    for (double x : v) best = Math.max(best, x);
    return best;
    //MISTAKE first: returns the first entry, whatever the others are
    // return v[0];
    //MISTAKE last: returns the last entry
    // return v[v.length - 1];
    //MISTAKE zero-start: starts the running max at 0, so an all-negative array gives 0
    // double best = 0;
    // for (double x : v) best = Math.max(best, x);
    // return best;
    //END
}
//CHECK
Check.close("biggest({5, 1, 2})", 5, biggest(new double[] {5, 1, 2}), 0);
Check.close("biggest({-3})", -3, biggest(new double[] {-3}), 0);

//EXERCISE scale: Scale a copy
// Write `scaled(m, k)`: a new matrix with every entry of m times k; leave m as it was.
//TODO return a copy of m with every entry times k, and leave m unchanged
//HINT Start with `DMatrixRMaj out = m.copy();`
DMatrixRMaj scaled(DMatrixRMaj m, double k) {
    //SOLUTION
    DMatrixRMaj out = m.copy();
    CommonOps_DDRM.scale(k, out);
    return out;
    //MISTAKE in-place: scales m itself and returns it, changing the caller's matrix
    // CommonOps_DDRM.scale(k, m);
    // return m;
    //MISTAKE plus: adds k to every entry instead of multiplying
    // DMatrixRMaj out = m.copy();
    // CommonOps_DDRM.add(out, k, out);
    // return out;
    //MISTAKE squared: multiplies by k twice
    // DMatrixRMaj out = m.copy();
    // CommonOps_DDRM.scale(k * k, out);
    // return out;
    //END
}
//CHECK
DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
DMatrixRMaj before = m.copy();
DMatrixRMaj twice = scaled(m, 2);
DMatrixRMaj expected = m.copy();
CommonOps_DDRM.scale(2, expected);
Check.close("scaled(m, 2)", expected, twice, 1e-12);
Check.unchanged("scaled(m, 2)", "m", before, m);
