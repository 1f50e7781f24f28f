//LESSON A hidden layer
// Softmax regression draws straight boundaries between classes: each class score is a weighted sum of pixels.
// A **hidden layer** lets the model first compute 100 features of its own and then weigh *those*:
//
// 784 pixels → 100 sigmoid units → 10 softmax outputs
//
// In this lesson you meet the network (`MultiClassNetwork`), write the heart of **backpropagation** — the
// gradient through the hidden layer — and the gradient of the **L1/L2 penalties**, train it with validation
// curves. Lesson 8 then stacks more layers. The lesson loads and prepares its own data.

//STEP Imports and settings
// Quick mode (`-Dshellbook.quick=true`) trains on a few thousand images for a few epochs; full mode on 48,000.
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import java.util.*;
int rows = Course.pick(60_000, 5_000);
int epochs = Course.pick(15, 4);
System.out.printf("using %,d training images (80%% train, 20%% validation), %d epochs%n", rows, epochs);

//STEP Train and validation sets
// As in lesson 5: a stratified 80/20 split of the training images, seed 42. The validation set tells us when the
// bigger model starts to learn its training images by heart.
Split.Parts parts = Split.stratified(FashionMnist.train().first(rows), 0.2, 42);   // copies; the loaded set is not kept
Split split = parts.split();
Dataset trainSet = parts.train(), validSet = parts.validation();
System.out.println("train " + trainSet + "\nvalidation " + validSet);

//STEP The network, in formulas
// For a batch X of m images (m×784), the forward pass is four lines:
//
// - `Z₁ = X·W₁ + b₁` (m×100): W₁ is 784×100, b₁ is 1×100
// - `H₁ = σ(Z₁)` (m×100): the sigmoid σ(z) = 1/(1 + e⁻ᶻ), entry by entry
// - `Z₂ = H₁·W₂ + b₂` (m×10): W₂ is 100×10, b₂ is 1×10
// - `P = softmax(Z₂)` (m×10): one probability row per image
//
// Its parameters: 784·100 + 100 + 100·10 + 10 = **79,510**, ten times softmax regression's 7,850.
MultiClassNetwork net = new MultiClassNetwork(784, 100, 10, MultiClassNetwork.Activation.SIGMOID);
System.out.println(net);
System.out.printf("softmax regression: %,d parameters; this network: %,d%n", new SoftmaxRegression(784,
        10).parameterCount(), net.parameterCount());

//STEP The forward pass by hand
// `net.parameters()` gives W₁, b₁, W₂, b₂ (the network starts with small random weights, N(0, 1/fan-in), seeded).
// We run the four lines ourselves on five images with EJML and compare with `net.predictProba`: the two must
// agree to rounding.
List<DMatrixRMaj> params = net.parameters();
DMatrixRMaj W1 = params.get(0), b1 = params.get(1), W2 = params.get(2), b2 = params.get(3);
DMatrixRMaj addRow(DMatrixRMaj z, DMatrixRMaj b) {
    DMatrixRMaj out = z.copy();
    for (int i = 0; i < z.numRows; i++) for (int j = 0; j < z.numCols; j++) out.set(i, j, z.get(i, j) + b.get(0, j));
    return out;
}
DMatrixRMaj X5 = trainSet.first(5).x();
DMatrixRMaj Z1 = addRow(CommonOps_DDRM.mult(X5, W1, null), b1);
DMatrixRMaj H1 = Activations.sigmoid(Z1);
DMatrixRMaj P5 = Softmax.rows(addRow(CommonOps_DDRM.mult(H1, W2, null), b2));
DMatrixRMaj diff = CommonOps_DDRM.subtract(P5, net.predictProba(X5), null);
System.out.printf("X %d×%d → Z₁ %d×%d → H₁ %d×%d → P %d×%d; largest difference from predictProba: %.2e%n",
        X5.numRows, X5.numCols, Z1.numRows, Z1.numCols, H1.numRows, H1.numCols, P5.numRows, P5.numCols,
        CommonOps_DDRM.elementMaxAbs(diff));

//STEP Backpropagation, in formulas
// Training needs the gradient of the mean cross-entropy L with respect to every parameter. The chain rule, applied
// from the output back to the input, gives (Y is the one-hot label matrix, ⊙ is entry-by-entry product):
//
// - output error: `δ₂ = P − Y` (m×10) — the same as in softmax regression
// - `∂L/∂W₂ = H₁ᵀ·δ₂ / m` and `∂L/∂b₂ = (column sums of δ₂) / m`
// - hidden error: `δ₁ = (δ₂·W₂ᵀ) ⊙ σ'(Z₁)` (m×100) — the error sent back through W₂, damped by the sigmoid's slope
// - `∂L/∂W₁ = Xᵀ·δ₁ / m` and `∂L/∂b₁ = (column sums of δ₁) / m`
//
// The sigmoid's slope has a neat form: `σ'(z) = σ(z)·(1 − σ(z))`. Below, a tiny network (4 examples, 6 inputs,
// 5 hidden units, 3 classes) and the loss as a function of Z₁, so that we can test your gradients numerically.
Random rnd = new Random(7);
DMatrixRMaj randomMatrix(int r, int c) {
    DMatrixRMaj m = new DMatrixRMaj(r, c);
    for (int i = 0; i < m.data.length; i++) m.data[i] = rnd.nextGaussian();
    return m;
}
DMatrixRMaj tinyZ1 = randomMatrix(4, 5), tinyW2 = randomMatrix(5, 3), tinyB2 = randomMatrix(1, 3);
int[] tinyY = {0, 2, 1, 2};
double lossFromZ1(DMatrixRMaj z1) {
    DMatrixRMaj z2 = addRow(CommonOps_DDRM.mult(Activations.sigmoid(z1), tinyW2, null), tinyB2);
    return Losses.crossEntropy(Softmax.rows(z2), tinyY);
}
DMatrixRMaj tinyDelta2 = CommonOps_DDRM.subtract(Softmax.rows(addRow(CommonOps_DDRM.mult(Activations.sigmoid(tinyZ1),
        tinyW2, null), tinyB2)), Labels.oneHot(tinyY, 3), null);
System.out.printf("tiny network: loss %.4f, δ₂ is %d×%d%n", lossFromZ1(tinyZ1), tinyDelta2.numRows, tinyDelta2.numCols);

//EXERCISE sigmoid-prime: The sigmoid's slope
// Write `sigmoidPrime(z)`: a new matrix with σ'(z) = σ(z)·(1 − σ(z)) for every entry of z. It must stay finite for
// any finite input — σ'(1000) is 0 to double precision, not NaN.
//TODO return a new matrix of σ(z)(1 − σ(z)), entry by entry
//HINT The slope is written in terms of σ(z), not z: compute σ first, then the slope from it.
//HINT e^1000 / (1 + e^1000)² is Infinity / Infinity; `Activations.sigmoid(double)` never forms such a ratio.
//HINT Write into a new matrix of z's shape; z itself must stay as it was (the check looks).
DMatrixRMaj sigmoidPrime(DMatrixRMaj z) {
    //SOLUTION
    DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
    for (int i = 0; i < z.data.length; i++) {
        double s = Activations.sigmoid(z.data[i]);
        out.data[i] = s * (1 - s);
    }
    return out;
    //MISTAKE forgot-sigma: computes z(1 − z) instead of σ(z)(1 − σ(z))
    // DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
    // for (int i = 0; i < z.data.length; i++) out.data[i] = z.data[i] * (1 - z.data[i]);
    // return out;
    //MISTAKE naive-ratio: computes e^−z / (1 + e^−z)², which is NaN once e^−z overflows
    // DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
    // for (int i = 0; i < z.data.length; i++) {
    //     double e = Math.exp(-z.data[i]);
    //     out.data[i] = e / ((1 + e) * (1 + e));
    // }
    // return out;
    //MISTAKE in-place: writes the slopes into z and returns it, changing the caller's matrix
    // for (int i = 0; i < z.data.length; i++) {
    //     double s = Activations.sigmoid(z.data[i]);
    //     z.data[i] = s * (1 - s);
    // }
    // return z;
    //MISTAKE sigma-only: returns σ(z) and forgets the (1 − σ(z)) factor
    // DMatrixRMaj out = new DMatrixRMaj(z.numRows, z.numCols);
    // for (int i = 0; i < z.data.length; i++) out.data[i] = Activations.sigmoid(z.data[i]);
    // return out;
    //END
}
//CHECK
DMatrixRMaj slopeInput = new DMatrixRMaj(new double[][] {{0, 2, -2}, {1000, -1000, 0.5}});
DMatrixRMaj slopeInputBefore = slopeInput.copy();
DMatrixRMaj slopes = sigmoidPrime(slopeInput);
Check.unchanged("sigmoidPrime(z)", "z", slopeInputBefore, slopeInput);
Check.shape("sigmoidPrime of a 2×3 matrix", slopes, 2, 3);
Check.finite("sigmoidPrime(z) at z = ±1000", slopes);
Check.close("σ'(0) (the steepest point)", 0.25, slopes.get(0, 0), 1e-12);
Check.close("σ'(−2), which must equal σ'(2)", slopes.get(0, 1), slopes.get(0, 2), 1e-12);
Check.close("σ'(2)", Activations.sigmoid(2) * (1 - Activations.sigmoid(2)), slopes.get(0, 1), 1e-12);
Check.close("σ'(1000)", 0.0, slopes.get(1, 0), 1e-12);
double numericSlope = (Activations.sigmoid(0.5 + 1e-6) - Activations.sigmoid(0.5 - 1e-6)) / 2e-6;
Check.close("σ'(0.5) against a finite difference", numericSlope, slopes.get(1, 2), 1e-8);

//EXERCISE hidden-delta: Backpropagation through the hidden layer
// Write `hiddenDelta(delta2, W2, Z1)`: the hidden error `δ₁ = (δ₂·W₂ᵀ) ⊙ σ'(Z₁)`, an m×h matrix. The check compares
// it with a numerical derivative of the tiny network's loss (∂L/∂Z₁ = δ₁/m), and then uses it to compute ∂L/∂W₁ of the
// real 784→100→10 network on 8 images, against the network's own backpropagation.
//TODO return (delta2 · W2ᵀ) ⊙ σ'(Z1), an m×h matrix
//HINT Follow the shapes: δ₂ is m×k and W₂ is h×k, so only one of δ₂·W₂ and δ₂·W₂ᵀ is m×h.
//HINT `CommonOps_DDRM.multTransB(a, b, c)` computes c = a·bᵀ; then scale each entry by the slope at that entry of Z₁.
DMatrixRMaj hiddenDelta(DMatrixRMaj delta2, DMatrixRMaj W2, DMatrixRMaj Z1) {
    //SOLUTION
    DMatrixRMaj d1 = new DMatrixRMaj(delta2.numRows, W2.numRows);
    // δ₁ = δ₂ W₂ᵀ
    CommonOps_DDRM.multTransB(delta2, W2, d1);
    // δ₁ = δ₁ ⊙ σ'(Z₁)
    for (int i = 0; i < d1.data.length; i++) {
        double s = Activations.sigmoid(Z1.data[i]);
        d1.data[i] *= s * (1 - s);
    }
    return d1;
    //MISTAKE no-slope: sends the error back through W₂ but forgets the sigmoid's slope
    // DMatrixRMaj d1 = new DMatrixRMaj(delta2.numRows, W2.numRows);
    // CommonOps_DDRM.multTransB(delta2, W2, d1);
    // return d1;
    //MISTAKE slope-of-z: multiplies by Z₁(1 − Z₁) instead of σ(Z₁)(1 − σ(Z₁))
    // DMatrixRMaj d1 = new DMatrixRMaj(delta2.numRows, W2.numRows);
    // CommonOps_DDRM.multTransB(delta2, W2, d1);
    // for (int i = 0; i < d1.data.length; i++) d1.data[i] *= Z1.data[i] * (1 - Z1.data[i]);
    // return d1;
    //MISTAKE untransposed: multiplies δ₂ by W₂ instead of W₂ᵀ
    // DMatrixRMaj d1 = CommonOps_DDRM.mult(delta2, W2, null);
    // for (int i = 0; i < d1.data.length; i++) {
    //     double s = Activations.sigmoid(Z1.data[i]);
    //     d1.data[i] *= s * (1 - s);
    // }
    // return d1;
    //END
}
//CHECK
DMatrixRMaj tinyDelta1 = hiddenDelta(tinyDelta2, tinyW2, tinyZ1);
Check.shape("hiddenDelta for 4 examples and 5 hidden units", tinyDelta1, 4, 5);
DMatrixRMaj numeric = new DMatrixRMaj(4, 5);
for (int i = 0; i < numeric.data.length; i++) {
    DMatrixRMaj up = tinyZ1.copy(), down = tinyZ1.copy();
    up.data[i] += 1e-6;
    down.data[i] -= 1e-6;
    numeric.data[i] = 4 * (lossFromZ1(up) - lossFromZ1(down)) / 2e-6;
}
Check.close("hiddenDelta against m·∂L/∂Z₁ by finite differences", numeric, tinyDelta1, 1e-6);
DMatrixRMaj X8 = trainSet.first(8).x();
int[] y8 = trainSet.first(8).y();
DMatrixRMaj Z1of8 = addRow(CommonOps_DDRM.mult(X8, W1, null), b1);
DMatrixRMaj delta2of8 = CommonOps_DDRM.subtract(net.predictProba(X8), Labels.oneHot(y8, 10), null);
DMatrixRMaj gradW1 = CommonOps_DDRM.multTransA(X8, hiddenDelta(delta2of8, W2, Z1of8), null);
CommonOps_DDRM.scale(1.0 / 8, gradW1);
Check.close("∂L/∂W₁ = Xᵀδ₁/m on 8 images", net.gradient(X8, y8).get(0), gradW1, 1e-9);

//EXERCISE penalty-gradient: The gradient of the L1 and L2 penalties
// To discourage large weights, the network can add a **penalty** to the loss: `R(W) = λ₁·Σ|w| + λ₂·Σw²`
// (`net.l1(λ₁)`, `net.l2(λ₂)`). L2 pulls every weight towards 0 in proportion to its size; L1 pulls with a constant
// force, which drives small weights to exactly 0. Write `penaltyGradient(W, l1, l2)`: ∂R/∂W, a matrix of W's shape.
// Take the slope of |w| at w = 0 to be 0.
//TODO return λ₁·sign(w) + 2·λ₂·w for every entry w of W, as a new matrix
//HINT Differentiate the two terms separately: what is the slope of |w| left and right of 0, and of w²?
//HINT `Math.signum` gives −1, 0 or 1; the result has W's shape and W stays as it was.
DMatrixRMaj penaltyGradient(DMatrixRMaj W, double l1, double l2) {
    //SOLUTION
    DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    for (int i = 0; i < W.data.length; i++) {
        g.data[i] = l1 * Math.signum(W.data[i]) + 2 * l2 * W.data[i];
    }
    return g;
    //MISTAKE no-two: uses λ₂·w for the slope of λ₂·w², half of what it is
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // for (int i = 0; i < W.data.length; i++) g.data[i] = l1 * Math.signum(W.data[i]) + l2 * W.data[i];
    // return g;
    //MISTAKE abs-for-sign: uses λ₁·|w| (the penalty) instead of its slope λ₁·sign(w)
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // for (int i = 0; i < W.data.length; i++) g.data[i] = l1 * Math.abs(W.data[i]) + 2 * l2 * W.data[i];
    // return g;
    //MISTAKE zero-is-positive: takes the slope of |w| at 0 to be 1
    // DMatrixRMaj g = new DMatrixRMaj(W.numRows, W.numCols);
    // for (int i = 0; i < W.data.length; i++) g.data[i] = l1 * (W.data[i] >= 0 ? 1 : -1) + 2 * l2 * W.data[i];
    // return g;
    //END
}
//CHECK
DMatrixRMaj someW = new DMatrixRMaj(new double[][] {{0.5, -2, 0}, {3, -0.25, 1}});
Check.close("penaltyGradient with λ₁ = 0, λ₂ = 0", new DMatrixRMaj(2, 3), penaltyGradient(someW, 0, 0), 1e-12);
Check.close("penaltyGradient with λ₁ = 0.1 only", new DMatrixRMaj(new double[][] {{0.1, -0.1, 0}, {0.1, -0.1, 0.1}}),
        penaltyGradient(someW, 0.1, 0), 1e-12);
Check.close("penaltyGradient with λ₂ = 0.5 only", someW, penaltyGradient(someW, 0, 0.5), 1e-12);
DMatrixRMaj both = penaltyGradient(someW, 0.01, 0.001);
java.util.function.DoubleUnaryOperator penalty = w -> 0.01 * Math.abs(w) + 0.001 * w * w;
Check.close("∂R/∂w at w = −2 (λ₁ = 0.01, λ₂ = 0.001) against a finite difference",
        (penalty.applyAsDouble(-2 + 1e-6) - penalty.applyAsDouble(-2 - 1e-6)) / 2e-6, both.get(0, 1), 1e-8);
Check.close("∂R/∂w at w = 3 (λ₁ = 0.01, λ₂ = 0.001) against a finite difference",
        (penalty.applyAsDouble(3 + 1e-6) - penalty.applyAsDouble(3 - 1e-6)) / 2e-6, both.get(1, 0), 1e-8);

//STEP Train the network
// Minibatch SGD as before — learning rate 0.2, batches of 32, seed 42 — now with backpropagation through both
// layers. Each line shows the running training loss and accuracy of the epoch and the validation loss and accuracy
// at its end. The hidden layer makes every epoch about ten times the work of softmax regression.
double sumSquares(MultiClassNetwork n) {
    double s = 0;
    for (DMatrixRMaj w : List.of(n.parameters().get(0), n.parameters().get(2))) for (double v : w.data) s += v * v;
    return s;
}
History netHistory = net.fit(trainSet, validSet, Sgd.lr(0.2).batch(32).epochs(epochs).seed(42));
System.out.printf("%d epochs of %,d weight updates each (batch 32)%n", netHistory.epochs().size(),
        (trainSet.size() + 31) / 32);

//STEP The network's loss curves
// The tutorial this course follows trained the same 784→100→10 sigmoid network for **40 epochs** and reached a
// validation accuracy of **0.815**. Forty epochs on 48,000 images take several minutes here, so full mode runs 15
// (quick mode 4); the run's numbers are printed below the chart, beside the tutorial's. Look at the gap between
// the two curves: it opens slowly as the network, with ten times the parameters, starts to fit its training images
// better than new ones. (The training loss is a running mean over the epoch, so it lags half an epoch behind.)
double[] epochAxis = java.util.stream.IntStream.rangeClosed(1, epochs).asDoubleStream().toArray();
Map<String, double[]> netLoss = new LinkedHashMap<>();
netLoss.put("train loss", netHistory.losses());
netLoss.put("validation loss", netHistory.validationLosses());
Charts.lines("hidden-layer-loss", "784 → 100 sigmoid → 10: loss per epoch", "epoch", "cross-entropy loss", epochAxis,
        netLoss);
System.out.printf("the tutorial: validation accuracy 0.815 after 40 epochs; this run: %.4f after %d epochs"
        + " (train acc %.4f)%n",
        netHistory.last().testAccuracy(), epochs, netHistory.last().trainAccuracy());

//STEP Did the hidden layer help?
// A fair comparison gives both models the same data, the same number of weight updates and the same step size:
// softmax regression (lesson 3) trained here with the network's batches of 32 and learning rate 0.2, for the same
// epochs. The hidden layer can draw curved boundaries; the numbers below say what that was worth on this data,
// bought with ten times the parameters and about ten times the compute per update.
SoftmaxRegression flat = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
History flatHistory = flat.fit(trainSet, validSet, Sgd.lr(0.2).batch(32).epochs(epochs).seed(42).quiet());
Map<String, double[]> accuracies = new LinkedHashMap<>();
accuracies.put("softmax regression, train", flatHistory.trainAccuracies());
accuracies.put("softmax regression, validation", flatHistory.testAccuracies());
accuracies.put("784-100-10 network, train", netHistory.trainAccuracies());
accuracies.put("784-100-10 network, validation", netHistory.testAccuracies());
Charts.lines("hidden-vs-softmax", "Softmax regression against one hidden layer, equal updates", "epoch", "accuracy",
        epochAxis, accuracies);
long updates = (long) (trainSet.size() + 31) / 32 * epochs;
System.out.printf("softmax regression (%,d parameters, %,d updates of batch 32, lr 0.2): validation accuracy %.4f%n",
        flat.parameterCount(), updates, flat.accuracy(validSet));
System.out.printf("784→100→10 network (%,d parameters, %,d updates of batch 32, lr 0.2): validation accuracy %.4f%n",
        net.parameterCount(), updates, net.accuracy(validSet));

//STEP An L2 penalty where it matters
// A penalty fights over-fitting, so we show it where there is over-fitting: 200 training images, as in lesson 5,
// and 400 epochs, so that the network learns all 200 by heart. We train it twice, plainly and with an L2 penalty
// λ₂ = 3e-4 (every step also pulls each weight towards zero by 2λ₂·η of itself); same seed, same batches, so the
// only difference is the penalty. We measure the validation cross-entropy without the penalty term, the
// validation accuracy and the sum of squared weights Σw².
Dataset few = trainSet.first(200);
int fewEpochs = 400;
MultiClassNetwork plainFew = new MultiClassNetwork(784, 100, 10, MultiClassNetwork.Activation.SIGMOID);
MultiClassNetwork l2Few = new MultiClassNetwork(784, 100, 10, MultiClassNetwork.Activation.SIGMOID).l2(3e-4);
plainFew.fit(few, null, Sgd.lr(0.2).batch(32).epochs(fewEpochs).seed(42).quiet());
l2Few.fit(few, null, Sgd.lr(0.2).batch(32).epochs(fewEpochs).seed(42).quiet());
for (MultiClassNetwork n : List.of(plainFew, l2Few)) {
    System.out.printf("200 images, %d epochs, %-11s train acc %.4f; validation: cross-entropy %.4f, accuracy %.4f;"
            + " Σw² %.1f%n", fewEpochs, n == l2Few ? "L2 3e-4:" : "no penalty:", n.accuracy(few),
            Losses.crossEntropy(n.predictProba(validSet.x()), validSet.y()), n.accuracy(validSet), sumSquares(n));
}

//STEP What to remember
// - Backpropagation is the chain rule, layer by layer: `δ₂ = P − Y`, `δ₁ = (δ₂W₂ᵀ) ⊙ σ'(Z₁)`, `∂L/∂W = inputᵀ·δ / m`.
// - L1 and L2 add `λ₁·sign(W) + 2λ₂·W` to the gradient of each weight matrix; they help where a model over-fits.
// - Compare models at equal updates and step sizes, and print the counts beside the result.
// - Watch the validation curve: the bigger the model, the sooner it can over-fit. Lesson 8 stacks more layers.
System.out.printf("hidden layer: %,d parameters, validation accuracy %.4f; softmax regression: %,d, %.4f%n",
        net.parameterCount(), net.accuracy(validSet), flat.parameterCount(), flat.accuracy(validSet));
