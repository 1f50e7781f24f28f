//LESSON Softmax regression on Fashion-MNIST
// Our first real classifier. Each image (784 pixels) gets ten scores, one per class, each a weighted sum of
// the pixels plus a bias; softmax turns the scores into probabilities. Training adjusts the weights, a few
// images at a time, so that the true class gets more probability.
//
// You will write the model's forward pass and one step of gradient descent by hand with EJML, check both
// against the library's `SoftmaxRegression`, and then let the library train for five epochs.

//STEP The tools we use
// The same as last time, plus the data set, the model and the charts.
import java.util.*;
import java.util.stream.*;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;

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
// seeded), and b = 0. That makes 784 · 10 + 10 = 7,850 parameters.
SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
DMatrixRMaj W = model.weights();
DMatrixRMaj b = model.bias();
System.out.printf("W: %d × %d, b: %d × %d, parameters: %,d (the book: 7,850)%n", W.numRows, W.numCols, b.numRows, b.numCols, model.parameterCount());
System.out.printf("W[300, 0..3] = %.4f %.4f %.4f %.4f   (small random numbers around 0)%n", W.get(300, 0), W.get(300, 1), W.get(300, 2), W.get(300, 3));

//EXERCISE forward: The forward pass
// Write `forward(X, W, b)`: the n × k probabilities P = softmax(XW + b). `CommonOps_DDRM.mult(X, W, Z)`
// computes the product into Z (which must already be n × k). Adding the 1 × k row b to every row of Z is
// a small loop, or the product of an n × 1 column of ones with b. Last lesson you wrote softmax; here use
// the library's `Softmax.rows(Z)`.
//TODO return softmax(XW + b) for X (n × d), W (d × k) and b (1 × k); leave X, W and b unchanged
//HINT Make `Z = new DMatrixRMaj(X.numRows, W.numCols)` and fill it with `CommonOps_DDRM.mult(X, W, Z)`.
//HINT Add b to each row: `for i, for c: Z.set(i, c, Z.get(i, c) + b.get(0, c))`. Or: `ones` an n × 1 matrix of ones, `CommonOps_DDRM.multAdd(ones, b, Z)`.
//HINT Finish with `return Softmax.rows(Z);`
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
    return Softmax.rows(Z);
    //END
}
//CHECK
DMatrixRMaj tiny = forward(new DMatrixRMaj(new double[][] {{1, 2}}), new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}), new DMatrixRMaj(new double[][] {{0, 1}}));
Check.close("forward([[1, 2]], identity, [[0, 1]]) = softmax([[1, 3]])", Softmax.rows(new DMatrixRMaj(new double[][] {{1, 3}})), tiny, 1e-12);
DMatrixRMaj someRows = test.first(100).x();
SoftmaxRegression untrained = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
DMatrixRMaj W0 = untrained.weights();
DMatrixRMaj P = forward(someRows, W0, untrained.bias());
Check.shape("forward(100 test images, W, b)", P, 100, 10);
Check.rowsSumTo(P, 1.0, 1e-9);
Check.close("forward(100 test images, W, b) against SoftmaxRegression.predictProba", untrained.predictProba(someRows), P, 1e-9);
Check.close("W after forward (forward must not change W)", untrained.weights(), W0, 0);
DMatrixRMaj shiftB = new DMatrixRMaj(1, 10);
shiftB.set(0, 3, 5.0);
DMatrixRMaj shiftedZ = untrained.logits(someRows);
for (int i = 0; i < shiftedZ.numRows; i++) shiftedZ.add(i, 3, 5.0);
Check.close("forward(100 test images, W, b with b[3] = 5): b must be added to every row", Softmax.rows(shiftedZ), forward(someRows, W0, shiftB), 1e-9);

//STEP Before training: as good as guessing
// With random weights every class gets about 1/10 of the probability, so the model's pick is no better than
// a random guess: an accuracy somewhere around 0.1 (which classes the random weights happen to favour moves
// it a little), and a cross-entropy near −log(1/10) = log 10 = 2.303.
System.out.printf("accuracy before training: %.3f (chance: 0.100)%n", model.accuracy(test));
System.out.printf("loss before training:     %.4f (log 10 = %.4f)%n", model.loss(test), Math.log(10));

//STEP The gradient: ∂L/∂W = Xᵀ(P − Y) / m
// Training needs to know how the loss L (mean cross-entropy over a batch of m images) changes when a weight
// moves. For softmax with cross-entropy the answer is remarkably clean. With Y the one-hot labels:
//
//     ∂L/∂Z = (P − Y) / m          (predicted minus true, per image and class)
//     ∂L/∂W = Xᵀ (P − Y) / m       (784 × 10, the same shape as W)
//     ∂L/∂b = Σ_rows (P − Y) / m   (1 × 10, column sums)
//
// We trust but verify: nudge one weight by ±h and see how the loss moves (a *finite difference*). The two
// numbers should agree to many digits.
DMatrixRMaj xb = train.first(256).x();
int[] yb = Arrays.copyOf(train.y(), 256);
double lossOf(DMatrixRMaj X, int[] y, DMatrixRMaj W, DMatrixRMaj b) {
    DMatrixRMaj Z = new DMatrixRMaj(X.numRows, W.numCols);
    CommonOps_DDRM.mult(X, W, Z);                          // Z = X W
    for (int i = 0; i < Z.numRows; i++)                    // Z = Z + 1 b
        for (int c = 0; c < Z.numCols; c++) Z.add(i, c, b.get(0, c));
    return Losses.crossEntropyFromLogits(Z, y);
}
DMatrixRMaj dW = new DMatrixRMaj(784, 10);
DMatrixRMaj db = new DMatrixRMaj(1, 10);
model.gradient(xb, yb, dW, db);
double h = 1e-5;
DMatrixRMaj Wplus = W.copy(); Wplus.add(300, 3, h);
DMatrixRMaj Wminus = W.copy(); Wminus.add(300, 3, -h);
System.out.printf("∂L/∂W[300, 3] from Xᵀ(P − Y)/m:      %.8f%n", dW.get(300, 3));
System.out.printf("(L(W + h) − L(W − h)) / 2h, h = 1e-5: %.8f%n", (lossOf(xb, yb, Wplus, b) - lossOf(xb, yb, Wminus, b)) / (2 * h));

//EXERCISE sgd-step: One step of minibatch SGD
// Write `sgdStep(X, y, W, b, lr)`: one step of gradient descent on the batch (X, y), changing W and b in place:
//
//     P = softmax(XW + b),  E = (P − Y) / m
//     W ← W − lr · XᵀE       b ← b − lr · Σ_rows E
//
// `CommonOps_DDRM.multTransA(X, E, G)` computes XᵀE without building Xᵀ. Y is `Labels.oneHot(y, k)`.
//TODO update W and b in place by one gradient step on the batch (X, y) with learning rate lr
//HINT Compute the logits Z = XW + b as in `forward` (or with `lossOf`'s loop), then `P = Softmax.rows(Z)`.
//HINT E = (P − Y) / m: `CommonOps_DDRM.subtract(P, Labels.oneHot(y, W.numCols), E)` then `CommonOps_DDRM.scale(1.0 / X.numRows, E)`.
//HINT Gradients: `multTransA(X, E, G)` with G a new d × k matrix, `sumCols(E, null)` for b. Update in place: `CommonOps_DDRM.addEquals(W, -lr, G)` (and the same for b).
void sgdStep(DMatrixRMaj X, int[] y, DMatrixRMaj W, DMatrixRMaj b, double lr) {
    //SOLUTION
    int m = X.numRows;
    DMatrixRMaj Z = new DMatrixRMaj(m, W.numCols);
    // Z = X W + 1 b
    CommonOps_DDRM.mult(X, W, Z);
    DMatrixRMaj ones = new DMatrixRMaj(m, 1);
    ones.fill(1);
    CommonOps_DDRM.multAdd(ones, b, Z);
    // E = (softmax(Z) − Y) / m
    DMatrixRMaj E = new DMatrixRMaj(m, W.numCols);
    CommonOps_DDRM.subtract(Softmax.rows(Z), Labels.oneHot(y, W.numCols), E);
    CommonOps_DDRM.scale(1.0 / m, E);
    // G = Xᵀ E ;  W ← W − lr G
    DMatrixRMaj G = new DMatrixRMaj(W.numRows, W.numCols);
    CommonOps_DDRM.multTransA(X, E, G);
    CommonOps_DDRM.addEquals(W, -lr, G);
    // b ← b − lr Σ_rows E
    CommonOps_DDRM.addEquals(b, -lr, CommonOps_DDRM.sumCols(E, null));
    //END
}
//CHECK
SoftmaxRegression reference = new SoftmaxRegression(784, 10).initNormal(0.01, 5);
DMatrixRMaj myW = reference.weights();
DMatrixRMaj myB = reference.bias();
DMatrixRMaj refDW = new DMatrixRMaj(784, 10);
DMatrixRMaj refDB = new DMatrixRMaj(1, 10);
double lossBefore = reference.gradient(xb, yb, refDW, refDB);
sgdStep(xb, yb, myW, myB, 0.1);
Check.shape("W after sgdStep", myW, 784, 10);
Check.shape("b after sgdStep", myB, 1, 10);
DMatrixRMaj expectedW = reference.weights();
CommonOps_DDRM.addEquals(expectedW, -0.1, refDW);
DMatrixRMaj expectedB = reference.bias();
CommonOps_DDRM.addEquals(expectedB, -0.1, refDB);
Check.close("W after one sgdStep (lr 0.1) against SoftmaxRegression's gradient", expectedW, myW, 1e-9);
Check.close("b after one sgdStep (lr 0.1) against SoftmaxRegression's gradient", expectedB, myB, 1e-9);
double lossAfter = lossOf(xb, yb, myW, myB);
Check.that(lossAfter < lossBefore, "the batch loss went from " + lossBefore + " to " + lossAfter + " after sgdStep, expected it to go down");

//STEP The same step, done by the library
// `SoftmaxRegression.fit` runs exactly this step over and over. Trained for one epoch on our one batch of
// 256 images (batch size 256, no shuffling), it takes a single step, and its loss on the batch goes down
// just as yours did.
SoftmaxRegression oneStep = new SoftmaxRegression(784, 10).initNormal(0.01, 5);
double before = oneStep.loss(train.first(256));
oneStep.fit(train.first(256), null, Sgd.lr(0.1).batch(256).epochs(1).shuffle(false).quiet());
System.out.printf("batch loss: %.4f before, %.4f after one step%n", before, oneStep.loss(train.first(256)));

//STEP Training: minibatch SGD, 5 epochs
// Now the real thing: batch size 256, learning rate 0.1, five passes (epochs) over the training set, the
// rows shuffled (seeded) each epoch. After every epoch we print the mean training loss, the training accuracy
// and the accuracy on the test set, which the model never trains on. (Quick mode: 3 epochs on 6,000 images.)
int epochs = Course.pick(5, 3);
History history = model.fit(train, test, Sgd.lr(0.1).batch(256).epochs(epochs).seed(42));
double[] testAcc = history.testAccuracies();
System.out.printf("test accuracy after epoch 1: %.3f (the book: 0.804)%n", testAcc[0]);
System.out.printf("test accuracy after epoch %d: %.3f (the book after epoch 5: 0.842)%s%n", epochs, testAcc[epochs - 1],
        Course.quick() ? "  [quick mode: fewer images and epochs]" : "");
Check.that(testAcc[epochs - 1] > Course.pick(80, 70) / 100.0, "test accuracy " + testAcc[epochs - 1] + " is lower than expected (above " + Course.pick(80, 70) / 100.0 + ")");

//STEP Loss and accuracy, epoch by epoch
// The loss falls fast in the first epoch and then more slowly; train and test accuracy stay close together,
// which tells us the model is not memorising the training images (it is too simple to).
Charts.history("loss", history);
Charts.accuracy("accuracy", history);

//STEP Predictions on nine test images
// Finally, what the trained model says about a few test images. Titles show the true class and the
// prediction; wrong ones are drawn in red. The mistakes are usually understandable: shirts, pullovers and
// coats look alike at 28 × 28.
int[] nine = IntStream.range(0, 9).toArray();
int[] predicted = model.predict(test.x());
for (int i : nine) {
    System.out.printf("test image %d: true %-11s predicted %-11s %s%n", i, FashionMnist.CLASS_NAMES[test.y()[i]],
            FashionMnist.CLASS_NAMES[predicted[i]], test.y()[i] == predicted[i] ? "" : "✗");
}
Charts.images("predictions", test, nine, predicted);
