//LESSON Sums and means
// A tiny lesson for the exercise machinery's tests.

//STEP Imports
// The checks.
import dev.shellbook.exercise.Check;
double[] xs = {1, 2, 3, 4};

//EXERCISE total: Sum an array
// Write `total(v)`, the sum of the entries of `v`.
//TODO return the sum of v's entries
//HINT Start with `double s = 0;` and add each entry.
//HINT `for (double x : v) s += x;`
double total(double[] v) {
    //SOLUTION
    double s = 0;
    for (double x : v) s += x;
    return s;
    //END
}
//CHECK
Check.close("total({1, 2, 3, 4})", 10, total(xs), 1e-9);
Check.close("total({})", 0, total(new double[0]), 1e-9);

//EXERCISE mean: Mean of an array
// Write `mean(v)` using `total`.
//TODO return the mean of v's entries, and NaN for an empty array
//HINT The mean is the total divided by the count.
double mean(double[] v) {
    //SOLUTION
    //BLANK return 0;
    return total(v) / v.length;
    //END
}
//CHECK
Check.close("mean({1, 2, 3, 4})", 2.5, mean(xs), 1e-9);
Check.that(Double.isNaN(mean(new double[0])), "mean({}) is " + mean(new double[0]) + ", expected NaN");

//STEP Use them
// Later steps use the learner's solution.
mean(xs)
