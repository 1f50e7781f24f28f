//LESSON Softmax from scratch with EJML
// A classifier for Fashion-MNIST gives every image ten scores, one per class. Scores can be any numbers;
// we want probabilities: ten numbers between 0 and 1 that add up to 1. *Softmax* turns scores into
// probabilities, *cross-entropy* says how wrong those probabilities are, and *accuracy* counts how often the
// most likely class is the right one.
//
// You will write all three yourself with EJML, the matrix library under this course. Along the way we meet
// a real numerical trap, `exp(1000)`, and the one-line trick that gets around it. Your softmax and
// cross-entropy are not thrown away: lesson 3 builds its model on them.
//
// The source is *Dive into Deep Learning* (Zhang, Lipton, Li and Smola), MXNet edition, §3.6 "Implementation of
// Softmax Regression from Scratch"; "the book" below means it.

//STEP The tools we use
// `CommonOps_DDRM` holds EJML's operations on dense matrices: sums, maxima, element-wise `exp` and more.
// `show` prints a small matrix with 4 decimals, the way a notebook would.
import java.util.*;
import java.util.stream.*;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import dev.shellbook.Course;
import dev.shellbook.ml.*;
import dev.shellbook.exercise.Check;

void show(String name, DMatrixRMaj m) {
    System.out.println(name + " (" + m.numRows + "×" + m.numCols + "):");
    for (int i = 0; i < Math.min(m.numRows, 8); i++) {
        StringBuilder line = new StringBuilder("  ");
        for (int j = 0; j < Math.min(m.numCols, 10); j++) line.append(String.format("%10.4f", m.get(i, j)));
        System.out.println(line + (m.numCols > 10 ? "  …" : ""));
    }
    if (m.numRows > 8) System.out.println("  … " + (m.numRows - 8) + " more rows");
}

//STEP Sums along rows and along columns
// Softmax divides by a sum, so first: summing a matrix in two directions. Take X = [[1, 2, 3], [4, 5, 6]].
// Adding down each column gives one row, [5, 7, 9]; adding along each row gives one column, [6, 15].
// Mind EJML's names: `sumCols` sums *each column* (result 1 × 3), `sumRows` sums *each row* (result 2 × 1).
// The book prints `[[5., 7., 9.]]` and `[[6.], [15.]]`.
DMatrixRMaj X = new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}});
show("X", X);
show("CommonOps_DDRM.sumCols(X, null)   (the book: [[5., 7., 9.]])", CommonOps_DDRM.sumCols(X, null));
show("CommonOps_DDRM.sumRows(X, null)   (the book: [[6.], [15.]])", CommonOps_DDRM.sumRows(X, null));

//STEP Softmax, straight from its definition
// For one row of scores z (the *logits*), softmax exponentiates each score and divides by the row's total:
//
//     softmax(z)_j = exp(z_j) / Σ_k exp(z_k)
//
// exp makes every score positive, and dividing by the sum makes the row add up to 1. Bigger scores get
// bigger shares. With EJML that is three operations: `elementExp`, `sumRows`, and `divideRows` (which divides
// row i by the i-th number it is given). We try it on a 2 × 5 matrix of random scores.
DMatrixRMaj softmaxNaive(DMatrixRMaj z) {
    DMatrixRMaj e = CommonOps_DDRM.elementExp(z, null);      // e_ij = exp(z_ij)
    DMatrixRMaj sums = CommonOps_DDRM.sumRows(e, null);      // s_i = Σ_j e_ij
    CommonOps_DDRM.divideRows(sums.data, e);                 // p_ij = e_ij / s_i
    return e;
}
DMatrixRMaj scores = RandomMatrices_DDRM.rectangleGaussian(2, 5, 0, 1, new Random(42));
DMatrixRMaj probs = softmaxNaive(scores);
show("scores", scores);
show("softmaxNaive(scores)", probs);
show("row sums (each should be 1)", CommonOps_DDRM.sumRows(probs, null));

//STEP Why exp(50) is fine and exp(1000) is not
// A double can hold numbers up to about 1.8 · 10^308, and exp(709) is already 8 · 10^307. So exp(50) is a
// harmless 5.2 · 10^21, but exp(1000) is *Infinity*, and Infinity / Infinity is NaN ("not a number"). Going
// the other way, exp(−1000) rounds to 0 and 0 / 0 is NaN too. Logits of 1000 are not exotic: a confident
// model produces them. Look at what the naive softmax does.
System.out.println("exp(50)   = " + Math.exp(50));
System.out.println("exp(1000) = " + Math.exp(1000));
System.out.println("exp(1000) / exp(1000) = " + Math.exp(1000) / Math.exp(1000));
show("softmaxNaive([[50, 0], [1000, 0], [-1000, -1000]])",
        softmaxNaive(new DMatrixRMaj(new double[][] {{50, 0}, {1000, 0}, {-1000, -1000}})));

//STEP The max trick
// Softmax does not change when we subtract the same number c from every score in a row:
//
//     exp(z_j − c) / Σ_k exp(z_k − c) = exp(z_j) · exp(−c) / (Σ_k exp(z_k) · exp(−c)) = softmax(z)_j
//
// The factor exp(−c) cancels. Choose c = the row's largest score: then the largest exponent is exp(0) = 1,
// nothing overflows, and the sum is at least 1, so we never divide by 0. Row [1000, 0] becomes [0, −1000],
// whose softmax is [1, 0] (exp(−1000) is 0, and that is the right answer to 400 decimals).
System.out.println("[1000, 0] - 1000 = [0, -1000];  exp of that: [" + Math.exp(0) + ", " + Math.exp(-1000) + "]");
show("the library's stable Softmax.rows([[1000, 0]])", Softmax.rows(new DMatrixRMaj(new double[][] {{1000, 0}})));

//EXERCISE softmax: A softmax that never overflows
// Write `softmax(z)`: the softmax of each row of z, with the max trick. Return a new matrix and leave z as it
// was. EJML has no "subtract this column from every column" operation, but a matrix product does it:
// the n × 1 column of row maxima m times a 1 × k row of ones is the n × k matrix whose row i is all m_i.
//TODO return softmax of each row of z, computed as exp(z − rowmax) / rowsum; do not change z
//HINT Each row needs its own shift: which single number of row i makes its largest exponent exp(0)?
//HINT Work on a copy (`z.copy()`), so the caller's z stays as it was; then continue exactly as `softmaxNaive` does.
//HINT `CommonOps_DDRM.maxRows(z, null)` gives the n × 1 maxima m; `multAdd(-1, m, ones, shifted)` subtracts them.
DMatrixRMaj softmax(DMatrixRMaj z) {
    //SOLUTION
    DMatrixRMaj m = CommonOps_DDRM.maxRows(z, null);              // m_i = max_j z_ij
    DMatrixRMaj ones = new DMatrixRMaj(1, z.numCols);
    ones.fill(1);
    DMatrixRMaj shifted = z.copy();
    CommonOps_DDRM.multAdd(-1, m, ones, shifted);                 // z_ij − m_i
    DMatrixRMaj e = CommonOps_DDRM.elementExp(shifted, null);     // e_ij = exp(z_ij − m_i)
    DMatrixRMaj sums = CommonOps_DDRM.sumRows(e, null);           // s_i = Σ_j e_ij
    CommonOps_DDRM.divideRows(sums.data, e);                      // p_ij = e_ij / s_i
    return e;
    //MISTAKE no-shift: forgets the max trick, so exp(1000) overflows to Infinity
    // DMatrixRMaj e = CommonOps_DDRM.elementExp(z, null);
    // CommonOps_DDRM.divideRows(CommonOps_DDRM.sumRows(e, null).data, e);
    // return e;
    //MISTAKE first-entry: shifts each row by its first entry instead of its max
    // DMatrixRMaj shifted = z.copy();
    // for (int i = 0; i < z.numRows; i++)
    //     for (int j = 0; j < z.numCols; j++) shifted.set(i, j, z.get(i, j) - z.get(i, 0));
    // DMatrixRMaj e = CommonOps_DDRM.elementExp(shifted, null);
    // CommonOps_DDRM.divideRows(CommonOps_DDRM.sumRows(e, null).data, e);
    // return e;
    //MISTAKE global-max: shifts every row by the largest entry of the whole matrix instead of its own max
    // DMatrixRMaj shifted = z.copy();
    // CommonOps_DDRM.subtract(shifted, CommonOps_DDRM.elementMax(z), shifted);
    // DMatrixRMaj e = CommonOps_DDRM.elementExp(shifted, null);
    // CommonOps_DDRM.divideRows(CommonOps_DDRM.sumRows(e, null).data, e);
    // return e;
    //MISTAKE in-place: shifts and exponentiates z itself, changing the caller's matrix
    // DMatrixRMaj m = CommonOps_DDRM.maxRows(z, null);
    // DMatrixRMaj ones = new DMatrixRMaj(1, z.numCols);
    // ones.fill(1);
    // CommonOps_DDRM.multAdd(-1, m, ones, z);
    // CommonOps_DDRM.elementExp(z, z);
    // CommonOps_DDRM.divideRows(CommonOps_DDRM.sumRows(z, null).data, z);
    // return z;
    //END
}
//CHECK
DMatrixRMaj z = RandomMatrices_DDRM.rectangleGaussian(Course.pick(50, 20), 10, 0, 3, new Random(7));
DMatrixRMaj zBefore = z.copy();
DMatrixRMaj p = softmax(z);
Check.unchanged("softmax(z)", "z", zBefore, z);
Check.shape("softmax(z)", p, z.numRows, 10);
Check.rowsSumTo(p, 1.0, 1e-9);
Check.close("softmax(z) against the library's Softmax.rows(z)", Softmax.rows(z), p, 1e-9);
DMatrixRMaj extreme = softmax(new DMatrixRMaj(new double[][] {{1000, 0}, {0, 1000}, {-1000, -1000}, {50, 50}}));
Check.finite("softmax([[1000, 0], [0, 1000], [-1000, -1000], [50, 50]])", extreme);
Check.close("softmax([[1000, 0], [0, 1000], [-1000, -1000], [50, 50]])",
        new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}, {0.5, 0.5}}), extreme, 1e-12);

//STEP Picking the probability of the true class
// Now suppose a model saw two images and gave these probabilities for three classes:
// y_hat = [[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]], while the true classes are y = [0, 2]. Cross-entropy only
// looks at the probability the model gave to the *true* class of each row: y_hat[0, 0] = 0.1 and
// y_hat[1, 2] = 0.5. The book prints `[0.1 0.5]`.
DMatrixRMaj yHat = new DMatrixRMaj(new double[][] {{0.1, 0.3, 0.6}, {0.3, 0.2, 0.5}});
int[] y = {0, 2};
double[] picked = IntStream.range(0, y.length).mapToDouble(i -> yHat.get(i, y[i])).toArray();
System.out.println("probability of the true class: " + Arrays.toString(picked) + "   (the book: [0.1 0.5])");

//STEP Cross-entropy
// The loss of one row is −log(probability of the true class): 0 when the model is sure and right, growing
// without bound as that probability goes to 0. Over n rows we take the mean:
//
//     L = −(1/n) Σ_i log y_hat[i, y_i]
//
// For our two rows: −log 0.1 = 2.3026 and −log 0.5 = 0.6931, so L = 1.4979. One catch: if the true class got
// probability exactly 0, log(0) = −Infinity and the loss is Infinity, which then poisons every average it touches. The
// usual fix is to clip: use max(p, 10^−12).
double[] perRow = Arrays.stream(picked).map(v -> -Math.log(v)).toArray();
System.out.printf("per-row loss −log y_hat[i, y_i]: [%.4f, %.4f], mean L = %.4f%n", perRow[0], perRow[1],
        (perRow[0] + perRow[1]) / 2);
System.out.println("log(0) = " + Math.log(0) + ";  clipped: -log(1e-12) = " + (-Math.log(1e-12)));

//EXERCISE cross-entropy: Cross-entropy loss
// Write `crossEntropy(p, y)`: the mean over the rows of −log p[i, y[i]], where p holds probabilities (n × k)
// and y the true classes. Clip each probability to at least 1e-12 before taking the log so that a zero never
// turns the loss into Infinity.
//TODO return −(1/n) Σ_i log(max(p[i, y[i]], 1e-12))
//HINT Row i contributes one number: the log of the probability in the true class's column, y[i].
//HINT Clip first, then log (`Math.max`, `Math.log`); add the rows up and turn the total into a mean.
double crossEntropy(DMatrixRMaj p, int[] y) {
    //SOLUTION
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
        // −log max(p_iy, ε)
        sum -= Math.log(Math.max(p.get(i, y[i]), 1e-12));
    }
    return sum / y.length;
    //MISTAKE no-clip: takes the log of p itself, so a probability of exactly 0 gives Infinity
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum -= Math.log(p.get(i, y[i]));
    // return sum / y.length;
    //MISTAKE sum-not-mean: returns the total over the rows instead of their mean
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum -= Math.log(Math.max(p.get(i, y[i]), 1e-12));
    // return sum;
    //MISTAKE wrong-sign: adds log p instead of −log p, so the loss is negative and better models score lower
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum += Math.log(Math.max(p.get(i, y[i]), 1e-12));
    // return sum / y.length;
    //MISTAKE first-column: takes every row's first probability instead of the true class's
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum -= Math.log(Math.max(p.get(i, 0), 1e-12));
    // return sum / y.length;
    //END
}
//CHECK
Check.close("crossEntropy(y_hat, [0, 2])", (-Math.log(0.1) - Math.log(0.5)) / 2, crossEntropy(yHat, y), 1e-9);
Check.close("crossEntropy([[1, 0], [0, 1]], [0, 1]) (sure and right)", 0.0,
        crossEntropy(new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}), new int[] {0, 1}), 1e-12);
double zeroLoss = crossEntropy(new DMatrixRMaj(new double[][] {{0, 1}}), new int[] {0});
Check.that(Double.isFinite(zeroLoss), "crossEntropy([[0, 1]], [0]) is " + zeroLoss
        + ", expected a finite number: clip p to at least 1e-12 before log");
Check.close("crossEntropy([[0, 1]], [0])", -Math.log(1e-12), zeroLoss, 1e-6);
DMatrixRMaj randomP = Softmax.rows(RandomMatrices_DDRM.rectangleGaussian(100, 10, 0, 2, new Random(3)));
int[] randomY = new Random(4).ints(100, 0, 10).toArray();
Check.close("crossEntropy(100 random rows) against Losses.crossEntropy", Losses.crossEntropy(randomP, randomY),
        crossEntropy(randomP, randomY), 1e-9);

//STEP A loss that never sees log(0)
// Clipping hides the problem but loses information: for logits [1000, 0] and true class 1, the real loss
// is 1000, but softmax rounds p to 0 and the clipped loss says 27.6. Working from the logits avoids both:
// −log softmax(z)_y = log Σ_k exp(z_k) − z_y, and log Σ exp is computed with the same max trick
// (`logSumExp`). The library offers both; training code uses the second.
DMatrixRMaj confident = new DMatrixRMaj(new double[][] {{1000, 0}});
System.out.printf("clipped cross-entropy of softmax: %.4f%n", Losses.crossEntropy(Softmax.rows(confident),
        new int[] {1}));
System.out.printf("cross-entropy from the logits:    %.4f%n", Losses.crossEntropyFromLogits(confident, new int[] {1}));

//EXERCISE cross-entropy-logits: Cross-entropy straight from the logits
// Write `crossEntropyFromLogits(z, y)`: the mean over the rows of −log softmax(z)_y, computed without ever forming
// the probabilities. For one row, −log softmax(z)_y = log Σ_k exp(z_k) − z_y, and the log-sum-exp needs the max
// trick: with m the row's largest logit, log Σ_k exp(z_k) = m + log Σ_k exp(z_k − m). It must give 1000 for the
// logits [1000, 0] and true class 1, where the clipped loss gave 27.6.
//TODO return (1/n) Σ_i [ m_i + log Σ_k exp(z[i, k] − m_i) − z[i, y[i]] ], with m_i the largest logit of row i
//HINT Per row: find its largest logit first; the sum of exponentials is then at least 1, so its log is safe.
//HINT Whatever you subtract inside the exponentials you must add back outside the log.
//HINT Two loops per row: one for its max (`Math.max`), one adding up `Math.exp` of each logit minus that max.
double crossEntropyFromLogits(DMatrixRMaj z, int[] y) {
    //SOLUTION
    double sum = 0;
    for (int i = 0; i < z.numRows; i++) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.numCols; k++) m = Math.max(m, z.get(i, k));
        double s = 0;
        for (int k = 0; k < z.numCols; k++) s += Math.exp(z.get(i, k) - m);
        // −log softmax(z_i)_y = m_i + log Σ_k exp(z_ik − m_i) − z_iy
        sum += m + Math.log(s) - z.get(i, y[i]);
    }
    return sum / z.numRows;
    //MISTAKE through-softmax: computes softmax, clips and takes −log, losing the size of a confident mistake
    // double sum = 0;
    // DMatrixRMaj p = Softmax.rows(z);
    // for (int i = 0; i < z.numRows; i++) sum -= Math.log(Math.max(p.get(i, y[i]), 1e-12));
    // return sum / z.numRows;
    //MISTAKE no-shift: sums exp(z_k) directly, which is Infinity for a logit of 1000
    // double sum = 0;
    // for (int i = 0; i < z.numRows; i++) {
    //     double s = 0;
    //     for (int k = 0; k < z.numCols; k++) s += Math.exp(z.get(i, k));
    //     sum += Math.log(s) - z.get(i, y[i]);
    // }
    // return sum / z.numRows;
    //MISTAKE max-not-added-back: subtracts the max inside the exponentials but forgets to add it back
    // double sum = 0;
    // for (int i = 0; i < z.numRows; i++) {
    //     double m = Double.NEGATIVE_INFINITY;
    //     for (int k = 0; k < z.numCols; k++) m = Math.max(m, z.get(i, k));
    //     double s = 0;
    //     for (int k = 0; k < z.numCols; k++) s += Math.exp(z.get(i, k) - m);
    //     sum += Math.log(s) - z.get(i, y[i]);
    // }
    // return sum / z.numRows;
    //MISTAKE first-entry: shifts by the row's first logit, which overflows when a later logit is far larger
    // double sum = 0;
    // for (int i = 0; i < z.numRows; i++) {
    //     double m = z.get(i, 0);
    //     double s = 0;
    //     for (int k = 0; k < z.numCols; k++) s += Math.exp(z.get(i, k) - m);
    //     sum += m + Math.log(s) - z.get(i, y[i]);
    // }
    // return sum / z.numRows;
    //END
}
//CHECK
Check.close("crossEntropyFromLogits([[1000, 0]], [1]) (a confident mistake costs 1000)", 1000.0,
        crossEntropyFromLogits(new DMatrixRMaj(new double[][] {{1000, 0}}), new int[] {1}), 1e-9);
Check.close("crossEntropyFromLogits([[0, 1000]], [0])", 1000.0,
        crossEntropyFromLogits(new DMatrixRMaj(new double[][] {{0, 1000}}), new int[] {0}), 1e-9);
Check.close("crossEntropyFromLogits([[-1000, -1000]], [0]) (= log 2)", Math.log(2),
        crossEntropyFromLogits(new DMatrixRMaj(new double[][] {{-1000, -1000}}), new int[] {0}), 1e-12);
DMatrixRMaj someLogits = RandomMatrices_DDRM.rectangleGaussian(100, 10, 2, 3, new Random(13));
int[] someClasses = new Random(14).ints(100, 0, 10).toArray();
Check.close("crossEntropyFromLogits(100 random rows) against Losses.crossEntropyFromLogits",
        Losses.crossEntropyFromLogits(someLogits, someClasses), crossEntropyFromLogits(someLogits, someClasses), 1e-9);

//STEP Accuracy
// Loss is what training minimises; accuracy is what people ask about: the share of rows where the class
// with the highest probability is the true class. For y_hat above, row 0 picks class 2 (0.6) but the truth
// is 0; row 1 picks class 2 (0.5) and the truth is 2. One right out of two: accuracy 0.5 (the book: 0.5).
int[] predicted = Labels.argmaxRows(yHat);
System.out.println("predicted classes: " + Arrays.toString(predicted) + ", true classes: " + Arrays.toString(y));

//EXERCISE accuracy: Accuracy
// Write `accuracy(p, y)`: for each row find the column with the largest probability (the first one if
// several tie), compare it with y[i], and return the fraction of rows that match.
//TODO return the share of rows i whose largest entry is in column y[i]
//HINT For each row keep the index of the best column so far; which comparison keeps the first of two equal entries?
//HINT Count the rows where that index equals y[i]; a count divided by a count is an int in Java unless you cast.
double accuracy(DMatrixRMaj p, int[] y) {
    //SOLUTION
    int correct = 0;
    for (int i = 0; i < p.numRows; i++) {
        int best = 0;
        for (int j = 1; j < p.numCols; j++) {
            if (p.get(i, j) > p.get(i, best)) best = j;
        }
        // ŷ_i = argmax_j p_ij; count ŷ_i = y_i
        if (best == y[i]) correct++;
    }
    return (double) correct / y.length;
    //MISTAKE last-on-tie: moves on when an entry is equal too, so a tie goes to the last class
    // int correct = 0;
    // for (int i = 0; i < p.numRows; i++) {
    //     int best = 0;
    //     for (int j = 1; j < p.numCols; j++) if (p.get(i, j) >= p.get(i, best)) best = j;
    //     if (best == y[i]) correct++;
    // }
    // return (double) correct / y.length;
    //MISTAKE integer-division: divides two ints, so any accuracy below 1 becomes 0
    // int correct = 0;
    // for (int i = 0; i < p.numRows; i++) {
    //     int best = 0;
    //     for (int j = 1; j < p.numCols; j++) if (p.get(i, j) > p.get(i, best)) best = j;
    //     if (best == y[i]) correct++;
    // }
    // return correct / y.length;
    //MISTAKE skips-last-column: the inner loop stops one column early, so the last class is never picked
    // int correct = 0;
    // for (int i = 0; i < p.numRows; i++) {
    //     int best = 0;
    //     for (int j = 1; j < p.numCols - 1; j++) if (p.get(i, j) > p.get(i, best)) best = j;
    //     if (best == y[i]) correct++;
    // }
    // return (double) correct / y.length;
    //MISTAKE argmin: keeps the smallest entry instead of the largest
    // int correct = 0;
    // for (int i = 0; i < p.numRows; i++) {
    //     int best = 0;
    //     for (int j = 1; j < p.numCols; j++) if (p.get(i, j) < p.get(i, best)) best = j;
    //     if (best == y[i]) correct++;
    // }
    // return (double) correct / y.length;
    //END
}
//CHECK
Check.close("accuracy(y_hat, [0, 2]) (the book: 0.5)", 0.5, accuracy(yHat, y), 1e-12);
Check.close("accuracy([[0.2, 0.7, 0.1]], [1])", 1.0,
        accuracy(new DMatrixRMaj(new double[][] {{0.2, 0.7, 0.1}}), new int[] {1}), 1e-12);
Check.close("accuracy([[0.2, 0.7, 0.1]], [0])", 0.0,
        accuracy(new DMatrixRMaj(new double[][] {{0.2, 0.7, 0.1}}), new int[] {0}), 1e-12);
Check.close("accuracy([[0.5, 0.5]], [0]) (a tie goes to the first class)", 1.0,
        accuracy(new DMatrixRMaj(new double[][] {{0.5, 0.5}}), new int[] {0}), 1e-12);
DMatrixRMaj manyP = Softmax.rows(RandomMatrices_DDRM.rectangleGaussian(100, 10, 0, 2, new Random(5)));
int[] manyY = new Random(6).ints(100, 0, 10).toArray();
Check.close("accuracy(100 random rows) against Labels.accuracy", Labels.accuracy(manyP, manyY),
        accuracy(manyP, manyY), 1e-12);

//STEP Putting it together
// Softmax, cross-entropy and accuracy on a batch of random logits: random scores should be about as good as
// guessing, so the accuracy is near 1/10 and the loss near log 10 = 2.303 (for small random logits).
int n = Course.pick(1000, 200);
DMatrixRMaj logits = RandomMatrices_DDRM.rectangleGaussian(n, 10, 0, 0.1, new Random(11));
int[] labels = new Random(12).ints(n, 0, 10).toArray();
System.out.printf("%d random rows: loss %.4f (log 10 = %.4f), accuracy %.3f (chance: 0.100)%n",
        n, Losses.crossEntropy(Softmax.rows(logits), labels), Math.log(10), Labels.accuracy(Softmax.rows(logits),
                labels));

//STEP What to remember
// - softmax(z)_j = exp(z_j) / Σ_k exp(z_k): positive, each row sums to 1, only differences between scores matter.
// - Subtract each row's own max before exp: nothing overflows and the result is unchanged.
// - Cross-entropy is the mean of −log(probability of the true class); from logits it is log-sum-exp minus z_y,
//   which never sees log(0).
// - Accuracy counts the rows whose largest probability is the true class; a tie goes to the first.
//
// Next lesson: logits that are much better than random, learned from the images.
System.out.printf("softmax([[1000, 0]]) = %s; cross-entropy from logits [1000, 0], class 1: %.1f%n",
        Arrays.toString(Softmax.rows(new DMatrixRMaj(new double[][] {{1000, 0}})).data),
        Losses.crossEntropyFromLogits(new DMatrixRMaj(new double[][] {{1000, 0}}), new int[] {1}));
