//LESSON Softmax regression on Fashion-MNIST
// Our first real classifier. Each image (784 pixels) gets ten scores, one per class, each a weighted sum of
// the pixels plus a bias; softmax turns the scores into probabilities. Training adjusts the weights, a few
// images at a time, so that the true class gets more probability.
//
// This is your model: it runs on the softmax, cross-entropy and accuracy of lesson 2 (yours, once solved). You write
// its forward pass, derive and check its gradient, write one step of gradient descent and then the whole training
// loop. At the end the library's `SoftmaxRegression.fit` is shown to give the very same weights, so later lessons
// can use it with trust. The source is the one of lesson 2, *Dive into Deep Learning* (MXNet edition) §3.6.

//STEP The tools we use
// The same as last time, plus the data set, the model and the charts.
import java.util.*;
import java.util.stream.*;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;

//STEP Your softmax, cross-entropy and accuracy from lesson 2
// The functions below come from lesson 2: yours if you solved them there, else the reference (the line above
// the output says which). Everything in this lesson that needs a softmax, a loss or an accuracy calls them.
//USES 02-softmax:softmax
//USES 02-softmax:cross-entropy
//USES 02-softmax:accuracy
DMatrixRMaj demo = new DMatrixRMaj(new double[][] {{1, 2, 3}, {1000, 0, 0}});
System.out.println("softmax([[1, 2, 3], [1000, 0, 0]]) row 0: " + Arrays.toString(Arrays.copyOf(softmax(demo).data,
        3)));
System.out.printf("crossEntropy of that, true classes [2, 0]: %.4f; accuracy: %.2f%n",
        crossEntropy(softmax(demo), new int[] {2, 0}), accuracy(softmax(demo), new int[] {2, 0}));

//STEP The data
// 60,000 training and 10,000 test images, each a row of 784 numbers in [0, 1] (lesson 1). In quick mode we
// take only the first 6,000 and 1,000, so that everything runs in seconds; the numbers come out a little
// lower than the book's, but the ideas are the same.
Dataset train = FashionMnist.train().first(Course.pick(60000, 6000));
Dataset test = FashionMnist.test().first(Course.pick(10000, 1000));
System.out.println("train: " + train);
System.out.println("test:  " + test);

//STEP The model: P = softmax(XW + b)
// For a batch X (n × 784) the model computes
//
//     Z = XW + b        scores ("logits"), n × 10
//     P = softmax(Z)    probabilities, each row sums to 1
//
// W is 784 × 10: column c holds one weight per pixel for class c. b (1 × 10) is added to every row of XW.
// We start with small random weights, W ~ N(0, 0.01²) (a normal distribution with standard deviation 0.01,
// seeded), and b = 0. That makes 784 · 10 + 10 = 7,850 parameters (the Keras tutorial of lesson 9 counts the
// same 7,850 for its one Dense layer).
SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
DMatrixRMaj W = model.weights();
DMatrixRMaj b = model.bias();
System.out.printf("W: %d × %d, b: %d × %d, parameters: %,d%n", W.numRows, W.numCols, b.numRows, b.numCols,
        model.parameterCount());
System.out.printf("W[300, 0..3] = %.4f %.4f %.4f %.4f   (small random numbers around 0)%n",
        W.get(300, 0), W.get(300, 1), W.get(300, 2), W.get(300, 3));

//EXERCISE forward: The forward pass
// Write `forward(X, W, b)`: the n × k probabilities P = softmax(XW + b), with your `softmax` from lesson 2.
// `CommonOps_DDRM.mult(X, W, Z)` computes the product into Z (which must already be n × k). In this lesson the
// bias is added one way throughout: as the product of an n × 1 column of ones with the 1 × k row b, which puts
// b into every row.
//TODO return softmax(XW + b) for X (n × d), W (d × k) and b (1 × k); leave X, W and b unchanged
//HINT The shapes lead the way: X is n × d and W is d × k, so Z is n × k; b is 1 × k and must reach all n rows.
//HINT `CommonOps_DDRM.mult` for XW; then `CommonOps_DDRM.multAdd(ones, b, Z)` adds ones·b to Z, with ones n × 1.
//HINT The scores are not probabilities yet: finish with your lesson-2 `softmax`.
DMatrixRMaj forward(DMatrixRMaj X, DMatrixRMaj W, DMatrixRMaj b) {
    //SOLUTION
    DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    // Z = X W
    CommonOps_DDRM.mult(X, W, Z);
    // Z = Z + 1 b  (b added to every row)
    DMatrixRMaj ones = new DMatrixRMaj(X.numRows, 1);
    ones.fill(1);
    CommonOps_DDRM.multAdd(ones, b, Z);
    // P = softmax(Z)
    return softmax(Z);
    //MISTAKE missing-bias: returns softmax(XW) and forgets b
    // DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    // CommonOps_DDRM.mult(X, W, Z);
    // return softmax(Z);
    //MISTAKE bias-first-row: adds b to the first row only
    // DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    // CommonOps_DDRM.mult(X, W, Z);
    // for (int c = 0; c < Z.numCols; c++) Z.add(0, c, b.get(0, c));
    // return softmax(Z);
    //MISTAKE logits: returns the scores XW + b without the softmax
    // DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    // CommonOps_DDRM.mult(X, W, Z);
    // DMatrixRMaj ones = new DMatrixRMaj(X.numRows, 1);
    // ones.fill(1);
    // CommonOps_DDRM.multAdd(ones, b, Z);
    // return Z;
    //MISTAKE bias-into-w: adds b into W's first row, changing the caller's weights
    // for (int c = 0; c < W.numCols; c++) W.add(0, c, b.get(0, c));
    // DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    // CommonOps_DDRM.mult(X, W, Z);
    // return softmax(Z);
    //END
}
//CHECK
DMatrixRMaj someRows = test.first(100).x();
SoftmaxRegression untrained = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
DMatrixRMaj W0 = untrained.weights();
DMatrixRMaj shiftB = new DMatrixRMaj(1, 10);
shiftB.set(0, 3, 5.0);
shiftB.set(0, 7, -2.0);
DMatrixRMaj rowsBefore = someRows.copy(), bBefore = shiftB.copy();
DMatrixRMaj P = forward(someRows, W0, shiftB);
Check.unchanged("forward(X, W, b)", "X", rowsBefore, someRows);
Check.unchanged("forward(X, W, b)", "W", untrained.weights(), W0);
Check.unchanged("forward(X, W, b)", "b", bBefore, shiftB);
Check.shape("forward(100 test images, W, b)", P, 100, 10);
Check.rowsSumTo(P, 1.0, 1e-9);
DMatrixRMaj shiftedZ = untrained.logits(someRows);
for (int i = 0; i < shiftedZ.numRows; i++) {
    shiftedZ.add(i, 3, 5.0);
    shiftedZ.add(i, 7, -2.0);
}
Check.close("forward(100 test images, W, b with b[3] = 5, b[7] = −2)", Softmax.rows(shiftedZ),
        P, 1e-9);
DMatrixRMaj tiny = forward(new DMatrixRMaj(new double[][] {{1, 2}}), new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}),
        new DMatrixRMaj(new double[][] {{0, 1}}));
Check.close("forward([[1, 2]], identity, [[0, 1]]) = softmax([[1, 3]])",
        Softmax.rows(new DMatrixRMaj(new double[][] {{1, 3}})), tiny, 1e-12);

//STEP Before training: as good as guessing
// With random weights every class gets about 1/10 of the probability, so the model's pick is no better than
// a random guess: an accuracy somewhere around 0.1 (which classes the random weights happen to favour moves
// it a little), and a cross-entropy near −log(1/10) = log 10 = 2.303. Measured with your functions:
DMatrixRMaj P0 = forward(test.x(), W, b);
System.out.printf("test accuracy before training:      %.3f (chance: 0.100)%n", accuracy(P0, test.y()));
System.out.printf("test cross-entropy before training: %.4f (log 10 = %.4f)%n", crossEntropy(P0, test.y()),
        Math.log(10));

//STEP Where the gradient comes from
// Training needs ∂L/∂z: how the loss of one image moves when one of its scores moves. It goes through the
// probabilities, so the chain rule multiplies two pieces (y is the one-hot label, δᵢⱼ is 1 when i = j, else 0):
//
//     ∂pⱼ/∂zᵢ = pⱼ(δᵢⱼ − pᵢ)          the softmax Jacobian J, a k × k matrix, symmetric
//     ∂L/∂pⱼ  = −yⱼ / pⱼ              for L = −Σⱼ yⱼ log pⱼ
//     ∂L/∂zᵢ  = Σⱼ pⱼ(δᵢⱼ − pᵢ) · (−yⱼ / pⱼ) = −yᵢ + pᵢ Σⱼ yⱼ = pᵢ − yᵢ
//
// The last line uses Σⱼ yⱼ = 1. Everything else cancels: the gradient of softmax with cross-entropy is just
// "predicted minus true". You check it numerically in the next exercise.
DMatrixRMaj oneRow = softmax(new DMatrixRMaj(new double[][] {{1, -2, 0.5, 3}}));
System.out.println("p = softmax([1, −2, 0.5, 3]) = " + Arrays.toString(oneRow.data));

//EXERCISE jacobian: The softmax Jacobian of one row
// Write `softmaxJacobian(p)`: for the probabilities p of one row (k numbers), the k × k matrix with entries
// J[i][j] = pᵢ(δᵢⱼ − pⱼ). The check compares it with finite differences of softmax, and then multiplies it by
// ∂L/∂p = −y/p to see the gradient p − y appear.
//TODO return the k × k array J with J[i][j] = p[i] · ((i == j ? 1 : 0) − p[j]); do not change p
//HINT Raising one score takes probability from every other class: what sign has J[i][j] off the diagonal?
//HINT Two nested loops over i and j fill a `new double[k][k]`; only the diagonal gets the extra pᵢ.
double[][] softmaxJacobian(double[] p) {
    //SOLUTION
    int k = p.length;
    double[][] J = new double[k][k];
    for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
            // J_ij = p_i (δ_ij − p_j)
            J[i][j] = p[i] * ((i == j ? 1 : 0) - p[j]);
        }
    }
    return J;
    //MISTAKE missing-delta: forgets δᵢⱼ, so every entry is −pᵢpⱼ
    // int k = p.length;
    // double[][] J = new double[k][k];
    // for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) J[i][j] = -p[i] * p[j];
    // return J;
    //MISTAKE diagonal-only: keeps pᵢ(1 − pᵢ) on the diagonal and zeros elsewhere, as if a score moved only its class
    // int k = p.length;
    // double[][] J = new double[k][k];
    // for (int i = 0; i < k; i++) J[i][i] = p[i] * (1 - p[i]);
    // return J;
    //MISTAKE wrong-sign: writes pᵢ(pⱼ − δᵢⱼ), the Jacobian with its sign flipped
    // int k = p.length;
    // double[][] J = new double[k][k];
    // for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) J[i][j] = p[i] * (p[j] - (i == j ? 1 : 0));
    // return J;
    //MISTAKE no-leading-p: writes δᵢⱼ − pⱼ without the factor pᵢ
    // int k = p.length;
    // double[][] J = new double[k][k];
    // for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) J[i][j] = (i == j ? 1 : 0) - p[j];
    // return J;
    //END
}
//CHECK
double[] rowP = oneRow.data.clone();
double[] rowPBefore = rowP.clone();
double[][] J = softmaxJacobian(rowP);
Check.unchanged("softmaxJacobian(p)", "p", rowPBefore, rowP);
Check.that(J != null && J.length == 4 && J[0].length == 4, "softmaxJacobian(p) for 4 probabilities must be 4 × 4");
for (int i = 0; i < 4; i++) {
    double rowSum = 0;
    for (int j = 0; j < 4; j++) rowSum += J[i][j];
    Check.close("row " + i
            + " of the Jacobian summed (the probabilities always add up to 1, so their changes add to 0)",
            0.0, rowSum, 1e-12);
}
DMatrixRMaj zRow = new DMatrixRMaj(new double[][] {{1, -2, 0.5, 3}});
for (int j = 0; j < 4; j++) {
    DMatrixRMaj up = zRow.copy(), down = zRow.copy();
    up.add(0, j, 1e-6);
    down.add(0, j, -1e-6);
    DMatrixRMaj pUp = Softmax.rows(up), pDown = Softmax.rows(down);
    for (int i = 0; i < 4; i++) {
        Check.close("J[" + i + "][" + j + "] = ∂p" + i + "/∂z" + j + " against a finite difference",
                (pUp.get(0, i) - pDown.get(0, i)) / 2e-6, J[i][j], 1e-8);
    }
}
double[] yRow = {0, 0, 1, 0};
double[] dLdz = new double[4];
for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) dLdz[i] += J[i][j] * (-yRow[j] / rowP[j]);
double[] pMinusY = new double[4];
for (int i = 0; i < 4; i++) pMinusY[i] = rowP[i] - yRow[i];
Check.close("J · (−y/p), the chain rule, against p − y (true class 2)", pMinusY, dLdz, 1e-12);

//STEP The gradient for a batch
// Stack the rows: for a batch of m images the loss is the mean over them, so each row's p − y is divided by m,
// and the scores depend on W through Z = XW + b. With Y the one-hot labels:
//
//     ∂L/∂Z = (P − Y) / m          (predicted minus true, per image and class)
//     ∂L/∂W = Xᵀ (P − Y) / m       (784 × 10, the same shape as W)
//     ∂L/∂b = Σ_rows (P − Y) / m   (1 × 10, column sums)
//
// We trust but verify: nudge one weight by ±h and see how the loss moves (a *finite difference*).
DMatrixRMaj xb = train.first(256).x();
int[] yb = Arrays.copyOf(train.y(), 256);
double lossOf(DMatrixRMaj X, int[] y, DMatrixRMaj W, DMatrixRMaj b) {
    return crossEntropy(forward(X, W, b), y);
}
DMatrixRMaj dW = new DMatrixRMaj(784, 10);
DMatrixRMaj db = new DMatrixRMaj(1, 10);
double batchLoss = model.gradient(xb, yb, dW, db);
double h = 1e-5;
DMatrixRMaj Wplus = W.copy(); Wplus.add(300, 3, h);
DMatrixRMaj Wminus = W.copy(); Wminus.add(300, 3, -h);
System.out.printf("loss of the first 256 training images: %.6f%n", batchLoss);
System.out.printf("∂L/∂W[300, 3] from Xᵀ(P − Y)/m:      %.8f%n", dW.get(300, 3));
System.out.printf("(L(W + h) − L(W − h)) / 2h, h = 1e-5: %.8f%n",
        (lossOf(xb, yb, Wplus, b) - lossOf(xb, yb, Wminus, b)) / (2 * h));

//EXERCISE grad-check: A finite-difference gradient checker
// One entry is not proof. Write a checker you can use on any function: `numericGradient(f, W, h)` returns the
// matrix of central differences (f(W + h·eᵢⱼ) − f(W − h·eᵢⱼ)) / 2h, one per entry of W, where eᵢⱼ moves entry
// (i, j) alone. W must be exactly as it was when you return. The next step uses it on a whole gradient.
//TODO return W's shape of (f(W with w_ij + h) − f(W with w_ij − h)) / 2h per entry; leave W as it was
//HINT Nudge one entry at a time, in W itself: evaluate f, undo the nudge, and move on.
//HINT A one-sided difference (f(W + h) − f(W)) / h is wrong by about h times the curvature; the central one by h².
//HINT Keep the original value in a local variable and write it back after the two evaluations.
DMatrixRMaj numericGradient(java.util.function.ToDoubleFunction<DMatrixRMaj> f, DMatrixRMaj W, double h) {
    //SOLUTION
    DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    for (int i = 0; i < W.data.length; i++) {
        double w = W.data[i];
        W.data[i] = w + h;
        double up = f.applyAsDouble(W);
        W.data[i] = w - h;
        double down = f.applyAsDouble(W);
        W.data[i] = w;
        // ∂f/∂w_i ≈ (f(w + h) − f(w − h)) / 2h
        g.data[i] = (up - down) / (2 * h);
    }
    return g;
    //MISTAKE one-sided: uses (f(W + h) − f(W)) / h, whose error is about h, not h²
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // double f0 = f.applyAsDouble(W);
    // for (int i = 0; i < W.data.length; i++) {
    //     double w = W.data[i];
    //     W.data[i] = w + h;
    //     g.data[i] = (f.applyAsDouble(W) - f0) / h;
    //     W.data[i] = w;
    // }
    // return g;
    //MISTAKE not-restored: nudges W but never puts the entry back, so W ends up changed
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // for (int i = 0; i < W.data.length; i++) {
    //     W.data[i] += h;
    //     double up = f.applyAsDouble(W);
    //     W.data[i] -= 2 * h;
    //     g.data[i] = (up - f.applyAsDouble(W)) / (2 * h);
    // }
    // return g;
    //MISTAKE divides-by-h: divides the central difference by h instead of 2h
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // for (int i = 0; i < W.data.length; i++) {
    //     double w = W.data[i];
    //     W.data[i] = w + h;
    //     double up = f.applyAsDouble(W);
    //     W.data[i] = w - h;
    //     double down = f.applyAsDouble(W);
    //     W.data[i] = w;
    //     g.data[i] = (up - down) / h;
    // }
    // return g;
    //MISTAKE all-at-once: nudges every entry together, which measures the sum of the slopes, not each one
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // DMatrixRMaj up = W.copy(), down = W.copy();
    // CommonOps_DDRM.add(up, h);
    // CommonOps_DDRM.add(down, -h);
    // double slope = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
    // g.fill(slope);
    // return g;
    //END
}
//CHECK
DMatrixRMaj cubeW = new DMatrixRMaj(new double[][] {{0.5, -1, 2}, {1.5, 0.25, -0.75}});
DMatrixRMaj cubeBefore = cubeW.copy();
java.util.function.ToDoubleFunction<DMatrixRMaj> cubes = m -> Arrays.stream(m.data).map(v -> v * v * v).sum();
DMatrixRMaj cubeGrad = numericGradient(cubes, cubeW, 1e-5);
Check.unchanged("numericGradient(f, W, 1e-5)", "W", cubeBefore, cubeW);
Check.shape("numericGradient(f, a 2 × 3 W, 1e-5)", cubeGrad, 2, 3);
DMatrixRMaj threeWSquared = new DMatrixRMaj(2, 3);
for (int i = 0; i < 6; i++) threeWSquared.data[i] = 3 * cubeBefore.data[i] * cubeBefore.data[i];
Check.close("numericGradient of Σw³ against 3w² (h = 1e-5)", threeWSquared, cubeGrad, 1e-8);

//STEP Checking the whole gradient with your checker
// Your checker against the formula Xᵀ(P − Y)/m, on every entry of a small model (8 images of 6 features, 3
// classes), so that the 2 · 18 loss evaluations take no time. The largest difference should be around 1e-10.
DMatrixRMaj smallX = RandomMatrices_DDRM.rectangleGaussian(8, 6, 0, 1, new Random(21));
int[] smallY = {0, 2, 1, 1, 0, 2, 2, 1};
DMatrixRMaj smallW = RandomMatrices_DDRM.rectangleGaussian(6, 3, 0, 0.5, new Random(22));
DMatrixRMaj smallB = new DMatrixRMaj(new double[][] {{0.1, -0.2, 0.3}});
DMatrixRMaj formula = CommonOps_DDRM.multTransA(smallX,
        CommonOps_DDRM.subtract(forward(smallX, smallW, smallB), Labels.oneHot(smallY, 3), null), null);
CommonOps_DDRM.scale(1.0 / 8, formula);
DMatrixRMaj numericW = numericGradient(w -> lossOf(smallX, smallY, w, smallB), smallW, 1e-5);
System.out.printf("largest |Xᵀ(P − Y)/m − numeric| over all 18 entries of W: %.2e%n",
        CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.subtract(formula, numericW, null)));

//EXERCISE sgd-step: One step of minibatch SGD
// Write `sgdStep(X, y, W, b, lr)`: one step of gradient descent on the batch (X, y), changing W and b in place:
//
//     P = softmax(XW + b),  E = (P − Y) / m
//     W ← W − lr · XᵀE       b ← b − lr · Σ_rows E
//
// `CommonOps_DDRM.multTransA(X, E, G)` computes XᵀE without building Xᵀ. Y is `Labels.oneHot(y, k)`.
//TODO update W and b in place by one gradient step on the batch (X, y) with learning rate lr
//HINT You have the forward pass already; the error E is what the Jacobian exercise turned p − y into, per image.
//HINT The step goes *against* the gradient, into the caller's W and b: change their entries, never assign a new one.
//HINT `CommonOps_DDRM.addEquals(W, -lr, G)` updates W in place; `sumCols(E, null)` gives b's gradient.
void sgdStep(DMatrixRMaj X, int[] y, DMatrixRMaj W, DMatrixRMaj b, double lr) {
    //SOLUTION
    int m = X.numRows;
    // E = (softmax(X W + 1 b) − Y) / m
    DMatrixRMaj E = new DMatrixRMaj(m, W.numCols);
    CommonOps_DDRM.subtract(forward(X, W, b), Labels.oneHot(y, W.numCols), E);
    CommonOps_DDRM.scale(1.0 / m, E);
    // G = Xᵀ E ;  W ← W − lr G
    DMatrixRMaj G = new DMatrixRMaj(W.numRows, W.numCols);
    CommonOps_DDRM.multTransA(X, E, G);
    CommonOps_DDRM.addEquals(W, -lr, G);
    // b ← b − lr Σ_rows E
    CommonOps_DDRM.addEquals(b, -lr, CommonOps_DDRM.sumCols(E, null));
    //MISTAKE wrong-sign: adds the gradient, so W moves uphill
    // int m = X.numRows;
    // DMatrixRMaj E = new DMatrixRMaj(m, W.numCols);
    // CommonOps_DDRM.subtract(forward(X, W, b), Labels.oneHot(y, W.numCols), E);
    // CommonOps_DDRM.scale(1.0 / m, E);
    // CommonOps_DDRM.addEquals(W, lr, CommonOps_DDRM.multTransA(X, E, null));
    // CommonOps_DDRM.addEquals(b, lr, CommonOps_DDRM.sumCols(E, null));
    //MISTAKE reassigned: computes the new W and b and assigns them to the parameters, which the caller never sees
    // int m = X.numRows;
    // DMatrixRMaj E = new DMatrixRMaj(m, W.numCols);
    // CommonOps_DDRM.subtract(forward(X, W, b), Labels.oneHot(y, W.numCols), E);
    // CommonOps_DDRM.scale(1.0 / m, E);
    // DMatrixRMaj newW = W.copy();
    // CommonOps_DDRM.addEquals(newW, -lr, CommonOps_DDRM.multTransA(X, E, null));
    // DMatrixRMaj newB = b.copy();
    // CommonOps_DDRM.addEquals(newB, -lr, CommonOps_DDRM.sumCols(E, null));
    // W = newW;
    // b = newB;
    //MISTAKE sum-not-mean: forgets the 1/m, so the step is m times too long
    // DMatrixRMaj E = new DMatrixRMaj(X.numRows, W.numCols);
    // CommonOps_DDRM.subtract(forward(X, W, b), Labels.oneHot(y, W.numCols), E);
    // CommonOps_DDRM.addEquals(W, -lr, CommonOps_DDRM.multTransA(X, E, null));
    // CommonOps_DDRM.addEquals(b, -lr, CommonOps_DDRM.sumCols(E, null));
    //MISTAKE bias-forgotten: updates W but leaves b where it was
    // int m = X.numRows;
    // DMatrixRMaj E = new DMatrixRMaj(m, W.numCols);
    // CommonOps_DDRM.subtract(forward(X, W, b), Labels.oneHot(y, W.numCols), E);
    // CommonOps_DDRM.scale(1.0 / m, E);
    // CommonOps_DDRM.addEquals(W, -lr, CommonOps_DDRM.multTransA(X, E, null));
    //MISTAKE logits-for-p: uses the scores XW + b in place of the probabilities in E
    // int m = X.numRows;
    // DMatrixRMaj Z = CommonOps_DDRM.mult(X, W, null);
    // DMatrixRMaj ones = new DMatrixRMaj(m, 1);
    // ones.fill(1);
    // CommonOps_DDRM.multAdd(ones, b, Z);
    // DMatrixRMaj E = CommonOps_DDRM.subtract(Z, Labels.oneHot(y, W.numCols), null);
    // CommonOps_DDRM.scale(1.0 / m, E);
    // CommonOps_DDRM.addEquals(W, -lr, CommonOps_DDRM.multTransA(X, E, null));
    // CommonOps_DDRM.addEquals(b, -lr, CommonOps_DDRM.sumCols(E, null));
    //END
}
//CHECK
SoftmaxRegression reference = new SoftmaxRegression(784, 10).initNormal(0.01, 5);
DMatrixRMaj myW = reference.weights();
DMatrixRMaj myB = reference.bias();
DMatrixRMaj refDW = new DMatrixRMaj(784, 10);
DMatrixRMaj refDB = new DMatrixRMaj(1, 10);
double lossBefore = reference.gradient(xb, yb, refDW, refDB);
DMatrixRMaj xBefore = xb.copy();
sgdStep(xb, yb, myW, myB, 0.1);
Check.unchanged("sgdStep(X, y, W, b, 0.1)", "X", xBefore, xb);
Check.changed("sgdStep(X, y, W, b, 0.1)", "W", reference.weights(), myW);
Check.changed("sgdStep(X, y, W, b, 0.1)", "b", reference.bias(), myB);
Check.downhill("sgdStep(X, y, W, b, 0.1)", "W", reference.weights(), myW, refDW);
Check.downhill("sgdStep(X, y, W, b, 0.1)", "b", reference.bias(), myB, refDB);
Check.decreased("the batch loss after sgdStep(X, y, W, b, 0.1)", lossBefore, lossOf(xb, yb, myW, myB));
DMatrixRMaj expectedW = reference.weights();
CommonOps_DDRM.addEquals(expectedW, -0.1, refDW);
DMatrixRMaj expectedB = reference.bias();
CommonOps_DDRM.addEquals(expectedB, -0.1, refDB);
Check.close("W after one sgdStep (lr 0.1) against SoftmaxRegression's gradient", expectedW, myW, 1e-9);
Check.close("b after one sgdStep (lr 0.1) against SoftmaxRegression's gradient", expectedB, myB, 1e-9);

//STEP The same step, done by the library
// `SoftmaxRegression.fit` runs exactly this step over and over. Trained for one epoch on one batch of 256
// images (batch size 256, no shuffling), it takes a single step. Both numbers below are the mean cross-entropy
// of those 256 images, measured the same way, before and after the step. `.float64()` asks `fit` to compute in
// double precision, as your code does; by default it computes in float32, as Keras and PyTorch train (half the
// bytes to read, so faster), which agrees with double precision to about six digits.
SoftmaxRegression oneStep = new SoftmaxRegression(784, 10).initNormal(0.01, 5);
double lossBeforeStep = oneStep.loss(train.first(256));
oneStep.fit(train.first(256), null, Sgd.lr(0.1).batch(256).epochs(1).shuffle(false).quiet().float64());
System.out.printf("mean loss of the 256 images: %.4f before the library's step, %.4f after it%n", lossBeforeStep,
        oneStep.loss(train.first(256)));

//STEP Shuffling with a seed
// An epoch visits every training image once, in batches. Visiting them in the same order every epoch lets the
// model pick up the order, so the rows are shuffled before each epoch; a seed makes the shuffle repeatable.
// This is the shuffle the library uses (Fisher–Yates): from the last position down, swap each entry with a
// random position at or before it. It changes `order` in place, so each epoch shuffles the previous epoch's order.
void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
int[] tenRows = IntStream.range(0, 10).toArray();
SplittableRandom seeded = new SplittableRandom(42);
shuffle(tenRows, seeded);
System.out.println("0..9 after one shuffle (seed 42):  " + Arrays.toString(tenRows));
shuffle(tenRows, seeded);
System.out.println("the same array after a second one: " + Arrays.toString(tenRows));

//EXERCISE train-loop: The training loop
// Now the whole of training, as the book's `train_ch3` does it. Write `trainEpochs(tr, te, W, b, lr, batch,
// epochs, seed)`: make one order array 0..n−1 and one `new SplittableRandom(seed)` for the whole run; before
// every epoch `shuffle` the order; cut it into batches of `batch` rows (the last one may be shorter); for each
// batch take those rows of `tr` (`tr.subset(rows)`) and call your `sgdStep`; after every epoch measure the
// accuracy of `forward(te.x(), W, b)` on te with your `accuracy`. Return the test accuracy of each epoch.
// W and b are trained in place.
//TODO train W and b in place for `epochs` epochs of shuffled minibatches; return the test accuracy after each epoch
//HINT Three nested ideas: epochs, then batches within an epoch, then one sgdStep per batch. Where does the shuffle go?
//HINT The batch starting at `from` holds order[from] … order[min(from + batch, n) − 1]: `Arrays.copyOfRange`.
//HINT The random generator lives as long as the run, not as long as one epoch: create it once, before the loops.
double[] trainEpochs(Dataset tr, Dataset te, DMatrixRMaj W, DMatrixRMaj b, double lr, int batch, int epochs,
        long seed) {
    //SOLUTION
    int n = tr.size();
    int[] order = IntStream.range(0, n).toArray();
    SplittableRandom random = new SplittableRandom(seed);
    double[] testAccuracy = new double[epochs];
    for (int e = 0; e < epochs; e++) {
        shuffle(order, random);
        for (int from = 0; from < n; from += batch) {
            Dataset rows = tr.subset(Arrays.copyOfRange(order, from, Math.min(from + batch, n)));
            sgdStep(rows.x(), rows.y(), W, b, lr);
        }
        testAccuracy[e] = accuracy(forward(te.x(), W, b), te.y());
    }
    return testAccuracy;
    //MISTAKE drops-last-batch: stops before a batch that would be shorter, so the last rows are never used
    // int n = tr.size();
    // int[] order = IntStream.range(0, n).toArray();
    // SplittableRandom random = new SplittableRandom(seed);
    // double[] testAccuracy = new double[epochs];
    // for (int e = 0; e < epochs; e++) {
    //     shuffle(order, random);
    //     for (int from = 0; from + batch <= n; from += batch) {
    //         Dataset rows = tr.subset(Arrays.copyOfRange(order, from, from + batch));
    //         sgdStep(rows.x(), rows.y(), W, b, lr);
    //     }
    //     testAccuracy[e] = accuracy(forward(te.x(), W, b), te.y());
    // }
    // return testAccuracy;
    //MISTAKE reseeded: creates the random generator inside the epoch loop, so every epoch draws the same swaps
    // int n = tr.size();
    // int[] order = IntStream.range(0, n).toArray();
    // double[] testAccuracy = new double[epochs];
    // for (int e = 0; e < epochs; e++) {
    //     shuffle(order, new SplittableRandom(seed));
    //     for (int from = 0; from < n; from += batch) {
    //         Dataset rows = tr.subset(Arrays.copyOfRange(order, from, Math.min(from + batch, n)));
    //         sgdStep(rows.x(), rows.y(), W, b, lr);
    //     }
    //     testAccuracy[e] = accuracy(forward(te.x(), W, b), te.y());
    // }
    // return testAccuracy;
    //MISTAKE shuffles-once: shuffles before the first epoch only
    // int n = tr.size();
    // int[] order = IntStream.range(0, n).toArray();
    // shuffle(order, new SplittableRandom(seed));
    // double[] testAccuracy = new double[epochs];
    // for (int e = 0; e < epochs; e++) {
    //     for (int from = 0; from < n; from += batch) {
    //         Dataset rows = tr.subset(Arrays.copyOfRange(order, from, Math.min(from + batch, n)));
    //         sgdStep(rows.x(), rows.y(), W, b, lr);
    //     }
    //     testAccuracy[e] = accuracy(forward(te.x(), W, b), te.y());
    // }
    // return testAccuracy;
    //MISTAKE unshuffled-rows: shuffles the order but then takes rows from, from + 1, … instead of order[from], …
    // int n = tr.size();
    // int[] order = IntStream.range(0, n).toArray();
    // SplittableRandom random = new SplittableRandom(seed);
    // double[] testAccuracy = new double[epochs];
    // for (int e = 0; e < epochs; e++) {
    //     shuffle(order, random);
    //     for (int from = 0; from < n; from += batch) {
    //         Dataset rows = tr.subset(IntStream.range(from, Math.min(from + batch, n)).toArray());
    //         sgdStep(rows.x(), rows.y(), W, b, lr);
    //     }
    //     testAccuracy[e] = accuracy(forward(te.x(), W, b), te.y());
    // }
    // return testAccuracy;
    //MISTAKE train-accuracy: measures each epoch on the training images instead of the test images
    // int n = tr.size();
    // int[] order = IntStream.range(0, n).toArray();
    // SplittableRandom random = new SplittableRandom(seed);
    // double[] testAccuracy = new double[epochs];
    // for (int e = 0; e < epochs; e++) {
    //     shuffle(order, random);
    //     for (int from = 0; from < n; from += batch) {
    //         Dataset rows = tr.subset(Arrays.copyOfRange(order, from, Math.min(from + batch, n)));
    //         sgdStep(rows.x(), rows.y(), W, b, lr);
    //     }
    //     testAccuracy[e] = accuracy(forward(tr.x(), W, b), tr.y());
    // }
    // return testAccuracy;
    //END
}
//CHECK
Dataset loopTrain = train.first(1000);
Dataset loopTest = test.first(300);
SoftmaxRegression loopStart = new SoftmaxRegression(784, 10).initNormal(0.01, 3);
DMatrixRMaj loopW = loopStart.weights(), loopB = loopStart.bias();
DMatrixRMaj loopX = loopTrain.x().copy();
double[] loopAcc = trainEpochs(loopTrain, loopTest, loopW, loopB, 0.1, 96, 3, 7);
Check.unchanged("trainEpochs(1,000 images, …)", "the training images", loopX, loopTrain.x());
Check.changed("trainEpochs(1,000 images, …)", "W", loopStart.weights(), loopW);
Check.that(loopAcc != null && loopAcc.length == 3, "trainEpochs(…, 3 epochs, …) returned "
        + (loopAcc == null ? "null" : loopAcc.length + " numbers") + "; expected one test accuracy per epoch, 3");
History loopFit = loopStart.fit(loopTrain, loopTest, Sgd.lr(0.1).batch(96).epochs(3).seed(7).quiet().float64());
Check.close("W after trainEpochs(1,000 images, lr 0.1, batch 96, 3 epochs, seed 7) against fit with the same settings",
        loopStart.weights(), loopW, 1e-12);
Check.close("b after trainEpochs against fit", loopStart.bias(), loopB, 1e-12);
Check.close("the test accuracy of each epoch against fit's", loopFit.testAccuracies(), loopAcc, 1e-12);

//STEP Training your model: minibatch SGD, 5 epochs
// Now the real thing with your loop: batch size 256, learning rate 0.1, five epochs, seed 42, starting from the
// W and b of the step "The model". (Quick mode: 3 epochs on 6,000 images.) The book printed a test accuracy of
// 0.804 after its first epoch and 0.842 after its fifth.
int epochs = Course.pick(5, 3);
DMatrixRMaj W0copy = W.copy(), b0copy = b.copy();
double[] yourAccuracies = trainEpochs(train, test, W, b, 0.1, 256, epochs, 42);
for (int e = 0; e < epochs; e++) {
    String book = e == 0 ? "   (the book: 0.804)" : e == 4 ? "   (the book: 0.842)" : "";
    System.out.printf("epoch %d: test accuracy %.3f%s%n", e + 1, yourAccuracies[e], book);
}
if (Course.quick()) System.out.println("[quick mode: 6,000 training images and 3 epochs, so lower than the book]");

//STEP The library's fit: the same weights
// `SoftmaxRegression.fit` is this loop, written for speed. Started from the same W and b, with the same seed,
// batch size and learning rate, it must end with the same weights, to rounding (in double precision, so
// `.float64()`). That is why later lessons may call `fit` instead of your loop; they leave it at float32, which
// trains as well. It also records the training loss and accuracy of every epoch.
SoftmaxRegression library = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
Check.close("the library's starting W against the W your loop started from", W0copy, library.weights(), 0);
History history = library.fit(train, test, Sgd.lr(0.1).batch(256).epochs(epochs).seed(42).float64());
double largest = CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.subtract(W, library.weights(), null));
System.out.printf("largest |W of your loop − W of fit| after %d epochs: %.1e (must be below 1e-12)%n", epochs,
        largest);
Check.that(largest < 1e-12, "your trained W differs from fit's by " + largest + "; expected below 1e-12");

//STEP Loss and accuracy, epoch by epoch
// The loss falls fast in the first epoch and then more slowly; train and test accuracy stay close together,
// which tells us the model is not memorising the training images (it is too simple to).
Charts.history("loss", history);
Charts.accuracy("accuracy", history);

//STEP Predictions on nine test images
// Finally, what your trained model says about a few test images. Titles show the true class and the
// prediction; wrong ones are drawn in red. The mistakes are usually understandable: shirts, pullovers and
// coats look alike at 28 × 28.
int[] nine = IntStream.range(0, 9).toArray();
int[] predicted = Labels.argmaxRows(forward(test.x(), W, b));
for (int i : nine) {
    System.out.printf("test image %d: true %-11s predicted %-11s %s%n", i, FashionMnist.CLASS_NAMES[test.y()[i]],
            FashionMnist.CLASS_NAMES[predicted[i]], test.y()[i] == predicted[i] ? "" : "✗");
}
Charts.images("predictions", test, nine, predicted);

//STEP What to remember
// - The model is P = softmax(XW + b): 7,850 numbers for 784 pixels and 10 classes.
// - With softmax and cross-entropy, ∂L/∂Z = (P − Y)/m: the Jacobian pᵢ(δᵢⱼ − pⱼ) times −y/p collapses to p − y.
// - Check every hand-written gradient against central finite differences before you trust it.
// - One SGD step changes W and b *in place*, against the gradient; an epoch is a seeded shuffle and one step per
//   batch; evaluate on data the model never trained on.
// - The library's `fit` is the same loop: from the same seed it gives the same weights to 1e-12.
System.out.printf("your model: test accuracy %.3f after %d epochs, %,d parameters%n", yourAccuracies[epochs - 1],
        epochs, model.parameterCount());
