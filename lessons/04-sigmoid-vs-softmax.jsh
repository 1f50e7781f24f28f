//LESSON Sigmoid versus two-class softmax
// With only two classes there are two ways to get probabilities. *Logistic regression* computes one score
// z = w·x + b and squashes it with the sigmoid σ(z) = 1 / (1 + e^−z) into P(class 1). A *two-class softmax*
// computes two scores z0 and z1 and takes their softmax. Are these different models?
//
// We train both on six points, look at the sigmoid and at why its loss must be cross-entropy rather than
// squared error, and then show with numbers that the two models are the same thing written twice, one with
// 3 parameters and one with 6. We finish on two classes of Fashion-MNIST.

//STEP The tools we use
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;

//STEP Six points, two classes
// The toy set has six points with two features each. The first three are class 0, the last three class 1;
// the first feature alone separates them (below 3.5 or above).
Dataset toy = Toy.logistic();
DMatrixRMaj X = toy.x();
int[] y = toy.y();
for (int i = 0; i < toy.size(); i++) {
    System.out.printf("x = [%.0f, %.0f]   y = %d%n", X.get(i, 0), X.get(i, 1), y[i]);
}

//EXERCISE sigmoid: The sigmoid
// Write `sigmoid(z)` = 1 / (1 + e^−z). It maps any number to (0, 1): σ(0) = 0.5, large positive z gives
// nearly 1, large negative z nearly 0, and σ(−z) = 1 − σ(z). Make sure σ(−1000) comes out as 0, not NaN.
//TODO return 1 / (1 + e^−z)
//HINT Check your formula by hand first: at z = 0 it must give 1/2, and for large z it must approach 1, not 0.
//HINT `Math.exp(-z)` is e^−z; for z = −1000 it is Infinity, and 1 / (1 + Infinity) is 0.0 in Java, as it should be.
double sigmoid(double z) {
    //SOLUTION
    // σ(z) = 1 / (1 + e^−z)
    return 1.0 / (1.0 + Math.exp(-z));
    //MISTAKE wrong-sign: uses e^z instead of e^−z, which mirrors the curve
    // return 1.0 / (1.0 + Math.exp(z));
    //MISTAKE missing-one: drops the 1 in the denominator, so 1 / e^−z = e^z is not a probability
    // return 1.0 / Math.exp(-z);
    //MISTAKE tanh: uses tanh, the other S-shaped curve, which runs from −1 to 1
    // return Math.tanh(z);
    //END
}
//CHECK
Check.close("sigmoid(0)", 0.5, sigmoid(0), 1e-12);
Check.close("sigmoid(2)", 0.8807970779778823, sigmoid(2), 1e-12);
Check.close("sigmoid(-2) (should be 1 − sigmoid(2))", 1 - 0.8807970779778823, sigmoid(-2), 1e-12);
Check.close("sigmoid(1000)", 1.0, sigmoid(1000), 1e-12);
Check.close("sigmoid(-1000)", 0.0, sigmoid(-1000), 1e-12);
Random zs = new Random(8);
for (int i = 0; i < 100; i++) {
    double v = zs.nextGaussian() * 10;
    Check.close("sigmoid(" + v + ") against Activations.sigmoid", Activations.sigmoid(v), sigmoid(v), 1e-12);
}

//STEP Sigmoid curves for several w and b
// For one feature x the model is p = σ(wx + b). The weight w sets how steep the step is (and, if negative,
// flips it), the bias b shifts it: the curve crosses 0.5 where wx + b = 0, at x = −b/w. Open the chart.
Map<String, DoubleUnaryOperator> curves = new LinkedHashMap<>();
curves.put("w = 1, b = 0", x -> Activations.sigmoid(x));
curves.put("w = 3, b = 0", x -> Activations.sigmoid(3 * x));
curves.put("w = 0.5, b = 0", x -> Activations.sigmoid(0.5 * x));
curves.put("w = 1, b = -3 (crosses 0.5 at x = 3)", x -> Activations.sigmoid(x - 3));
curves.put("w = -1, b = 0", x -> Activations.sigmoid(-x));
Charts.function("sigmoid-curves", "p = σ(wx + b)", -8, 8, curves);

//EXERCISE bce: Binary cross-entropy
// The loss for logistic regression is the two-class cross-entropy. For predicted P(class 1) = p_i and labels
// y_i in {0, 1}:
//
//     L = −(1/n) Σ_i [ y_i · log p_i + (1 − y_i) · log(1 − p_i) ]
//
// Only one of the two terms is alive for each point. Clip p to [1e-12, 1 − 1e-12] so that log never sees 0.
// Here p is an n × 1 matrix.
//TODO return the mean binary cross-entropy of p (n × 1) against the labels y, with p clipped to [1e-12, 1 − 1e-12]
//HINT For a point of class 1 only log p counts, for a point of class 0 only log(1 − p); both must stay away from log 0.
//HINT Clip with `Math.min(1 - 1e-12, Math.max(1e-12, …))` before either log, then average over the points.
double bce(DMatrixRMaj p, int[] y) {
    //SOLUTION
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
        double pi = Math.min(1 - 1e-12, Math.max(1e-12, p.get(i, 0)));
        // −[y log p + (1 − y) log(1 − p)]
        sum -= y[i] * Math.log(pi) + (1 - y[i]) * Math.log(1 - pi);
    }
    return sum / y.length;
    //MISTAKE no-clip: takes log p and log(1 − p) unclipped, so a sure mistake gives Infinity
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum -= y[i] * Math.log(p.get(i, 0)) + (1 - y[i]) * Math.log(1 - p.get(i, 0));
    // return sum / y.length;
    //MISTAKE swapped-terms: pairs y with log(1 − p) and 1 − y with log p
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) {
    //     double pi = Math.min(1 - 1e-12, Math.max(1e-12, p.get(i, 0)));
    //     sum -= y[i] * Math.log(1 - pi) + (1 - y[i]) * Math.log(pi);
    // }
    // return sum / y.length;
    //MISTAKE positives-only: keeps only the y · log p term, so class-0 points cost nothing
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) sum -= y[i] * Math.log(Math.min(1 - 1e-12, Math.max(1e-12, p.get(i, 0))));
    // return sum / y.length;
    //MISTAKE sum-not-mean: returns the total instead of the mean
    // double sum = 0;
    // for (int i = 0; i < y.length; i++) {
    //     double pi = Math.min(1 - 1e-12, Math.max(1e-12, p.get(i, 0)));
    //     sum -= y[i] * Math.log(pi) + (1 - y[i]) * Math.log(1 - pi);
    // }
    // return sum;
    //END
}
//CHECK
DMatrixRMaj halves = new DMatrixRMaj(6, 1);
halves.fill(0.5);
Check.close("bce(all 0.5, toy labels) (= log 2)", Math.log(2), bce(halves, y), 1e-12);
Check.close("bce([[0.9], [0.2]], [1, 0])", -(Math.log(0.9) + Math.log(0.8)) / 2,
        bce(new DMatrixRMaj(new double[][] {{0.9}, {0.2}}), new int[] {1, 0}), 1e-12);
double sureWrong = bce(new DMatrixRMaj(new double[][] {{0}, {1}}), new int[] {1, 0});
Check.that(Double.isFinite(sureWrong), "bce([[0], [1]], [1, 0]) is " + sureWrong
        + ", expected a finite number: clip p before log");
Check.close("bce([[1], [0]], [1, 0]) (sure and right)", 0.0,
        bce(new DMatrixRMaj(new double[][] {{1}, {0}}), new int[] {1, 0}), 1e-9);
DMatrixRMaj randomP = Activations.sigmoid(RandomMatrices_DDRM.rectangleGaussian(200, 1, 0, 2, new Random(9)));
int[] randomY = new Random(10).ints(200, 0, 2).toArray();
Check.close("bce(200 random points) against Losses.binaryCrossEntropy", Losses.binaryCrossEntropy(randomP, randomY),
        bce(randomP, randomY), 1e-9);

//STEP Logistic regression on the six points
// The model is p = σ(Xw + b) with w a 2 × 1 column and b a number: 3 parameters. We start from zeros and run
// gradient descent on the BCE with learning rate 1 for 1,000 epochs, all six points in every step. The
// gradient has the same shape as for softmax: ∂L/∂w = Xᵀ(p − y) / n.
LogisticRegression logistic = new LogisticRegression(2).initZeros();
History logisticRun = logistic.fit(toy, null, Sgd.lr(1).batch(6).epochs(1000).shuffle(false).quiet());
DMatrixRMaj w = logistic.weights();
System.out.printf("w = [%.4f, %.4f], b = %.4f, final loss %.4f%n", w.get(0), w.get(1), logistic.bias(),
        logisticRun.last().loss());
DMatrixRMaj pLogistic = logistic.predictProba(X);
int[] decided = logistic.predict(X);
for (int i = 0; i < toy.size(); i++) {
    System.out.printf("x = [%.0f, %.0f]  P(class 1) = %.4f  decision %d  (true %d)%n", X.get(i, 0), X.get(i, 1),
            pLogistic.get(i), decided[i], y[i]);
}

//STEP The decision boundary
// The model says "class 1" when p ≥ 0.5, that is when z = w1·x1 + w2·x2 + b ≥ 0. The boundary z = 0 is a
// straight line in the plane of the two features. Solving for x1 at a few heights x2 shows where it runs:
// between 3 and 4, where the classes meet.
for (double x2 : new double[] {1, 2, 3}) {
    System.out.printf("boundary at x2 = %.0f: x1 = %.3f%n", x2, -(w.get(1) * x2 + logistic.bias()) / w.get(0));
}

//STEP Why not squared error?
// Why not train with the mean squared error (σ(z) − y)², as for regression? Because the sigmoid flattens out.
// Take the one-weight model p = σ(w · (x1 − 3.5)) and look at both losses as w moves. Where w is very wrong
// (negative), the BCE climbs in a straight line, so its slope keeps pushing w back; the squared error
// levels off at its worst value, its slope nearly 0: gradient descent started there barely moves. The MSE
// curve is also not convex (it bends both ways), so it can have flat stretches and poor spots to get stuck.
double[] ws = IntStream.rangeClosed(0, 200).mapToDouble(i -> -10 + i * 0.1).toArray();
double mseAt(double wv) {
    double s = 0;
    for (int i = 0; i < y.length; i++) s += Math.pow(Activations.sigmoid(wv * (X.get(i, 0) - 3.5)) - y[i], 2);
    return s / y.length;
}
double bceAt(double wv) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
        double p = Math.min(1 - 1e-12, Math.max(1e-12, Activations.sigmoid(wv * (X.get(i, 0) - 3.5))));
        s -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    }
    return s / y.length;
}
Map<String, double[]> lossCurves = new LinkedHashMap<>();
lossCurves.put("MSE", Arrays.stream(ws).map(v -> mseAt(v)).toArray());
lossCurves.put("BCE", Arrays.stream(ws).map(v -> bceAt(v)).toArray());
Charts.lines("mse-vs-bce", "loss of p = σ(w·(x1 − 3.5)) on the toy set", "w", "loss", ws, lossCurves);
for (double wv : new double[] {-8, -2, 2}) {
    System.out.printf("w = %4.0f:  MSE %.4f slope %9.5f   BCE %.4f slope %9.5f%n", wv, mseAt(wv),
            (mseAt(wv + 1e-4) - mseAt(wv - 1e-4)) / 2e-4, bceAt(wv), (bceAt(wv + 1e-4) - bceAt(wv - 1e-4)) / 2e-4);
}

//STEP The squared-error surface
// The same story over two parameters, p = σ(w · x1 + b): the heat map of the MSE has wide flat plateaus (one
// colour) where the gradient all but vanishes, and a narrow valley of good (w, b) pairs along b ≈ −3.5 w.
Charts.surface("mse-surface", "MSE of σ(w·x1 + b) on the toy set", -4, 4, -20, 20, Course.pick(81, 41), (wv, bv) -> {
    double s = 0;
    for (int i = 0; i < y.length; i++) s += Math.pow(Activations.sigmoid(wv * X.get(i, 0) + bv) - y[i], 2);
    return s / y.length;
});

//STEP A two-class softmax on the same points
// Now the other way: two scores, z0 and z1, from a 2 × 2 weight matrix W and a 1 × 2 bias b (6 parameters),
// and P = softmax(z). Same data, same learning rate 1, 1,000 epochs. Compare its P(class 1) with the
// logistic regression's. (`.float64()`: the softmax computes in double precision, as logistic regression does, so
// that any difference you see is the models', not rounding's.)
SoftmaxRegression twoClass = new SoftmaxRegression(2, 2).initZeros();
History softmaxRun = twoClass.fit(toy, null, Sgd.lr(1).batch(6).epochs(1000).shuffle(false).quiet().float64());
DMatrixRMaj pSoftmax = twoClass.predictProba(X);
for (int i = 0; i < toy.size(); i++) {
    System.out.printf("x = [%.0f, %.0f]  softmax P(class 1) = %.4f   logistic P(class 1) = %.4f%n", X.get(i, 0),
            X.get(i, 1), pSoftmax.get(i, 1), pLogistic.get(i));
}
System.out.printf("parameters: logistic %d, two-class softmax %d%n", logistic.parameterCount(),
        twoClass.parameterCount());

//STEP softmax(z0, z1) for class 1 is σ(z1 − z0)
// Write out the two-class softmax and divide top and bottom by e^z1:
//
//     e^z1 / (e^z0 + e^z1) = 1 / (1 + e^(z0 − z1)) = σ(z1 − z0)
//
// So the softmax's P(class 1) is the sigmoid of the *difference* of the two scores. Check it on the trained
// model's logits, row by row.
DMatrixRMaj Z = twoClass.logits(X);
for (int i = 0; i < toy.size(); i++) {
    System.out.printf("z0 = %8.4f  z1 = %8.4f   softmax = %.10f   σ(z1 − z0) = %.10f%n", Z.get(i, 0), Z.get(i, 1),
            pSoftmax.get(i, 1), Activations.sigmoid(Z.get(i, 1) - Z.get(i, 0)));
}

//EXERCISE class-one: P(class 1) from two logits
// Write `classOne(z)`: for an n × 2 matrix of logits return the n × 1 column of P(class 1), computed as
// σ(z1 − z0) and without calling softmax. It must agree with softmax to 12 decimals, stay finite for logits in
// the hundreds, and ignore any constant added to both logits of a row.
//TODO return an n × 1 matrix whose row i is σ(z[i, 1] − z[i, 0])
//HINT Which of the two logits is the sigmoid's argument's plus side? Class 1's probability grows with z1.
//HINT One number per row into a `new DMatrixRMaj(z.numRows, 1)`; your `sigmoid` never sees a huge exponent of a sum.
DMatrixRMaj classOne(DMatrixRMaj z) {
    //SOLUTION
    DMatrixRMaj p = new DMatrixRMaj(z.numRows, 1);
    for (int i = 0; i < z.numRows; i++) {
        // P(class 1) = σ(z1 − z0)
        p.set(i, 0, Activations.sigmoid(z.get(i, 1) - z.get(i, 0)));
    }
    return p;
    //MISTAKE swapped: computes σ(z0 − z1), which is P(class 0)
    // DMatrixRMaj p = new DMatrixRMaj(z.numRows, 1);
    // for (int i = 0; i < z.numRows; i++) p.set(i, 0, Activations.sigmoid(z.get(i, 0) - z.get(i, 1)));
    // return p;
    //MISTAKE no-difference: computes σ(z1) and ignores z0
    // DMatrixRMaj p = new DMatrixRMaj(z.numRows, 1);
    // for (int i = 0; i < z.numRows; i++) p.set(i, 0, Activations.sigmoid(z.get(i, 1)));
    // return p;
    //MISTAKE naive-ratio: computes e^z1 / (e^z0 + e^z1) directly, which is NaN for logits in the hundreds
    // DMatrixRMaj p = new DMatrixRMaj(z.numRows, 1);
    // for (int i = 0; i < z.numRows; i++) {
    //     double e0 = Math.exp(z.get(i, 0)), e1 = Math.exp(z.get(i, 1));
    //     p.set(i, 0, e1 / (e0 + e1));
    // }
    // return p;
    //END
}
//CHECK
DMatrixRMaj randomZ = RandomMatrices_DDRM.rectangleGaussian(50, 2, 0, 3, new Random(11));
DMatrixRMaj mine = classOne(randomZ);
Check.shape("classOne(50×2 logits)", mine, 50, 1);
Check.close("classOne(50×2 logits) against column 1 of Softmax.rows",
        CommonOps_DDRM.extractColumn(Softmax.rows(randomZ), 1, null), mine, 1e-12);
DMatrixRMaj big = classOne(new DMatrixRMaj(new double[][] {{300, 500}, {500, 300}, {1000, 1000}}));
Check.finite("classOne([[300, 500], [500, 300], [1000, 1000]])", big);
Check.close("classOne([[300, 500], [500, 300], [1000, 1000]])",
        new DMatrixRMaj(new double[][] {{1}, {Activations.sigmoid(-200)}, {0.5}}), big, 1e-12);
DMatrixRMaj plus100 = randomZ.copy();
CommonOps_DDRM.add(plus100, 100);
Check.close("classOne(z + 100) (adding the same number to both logits)", mine, classOne(plus100), 1e-12);

//STEP A quiz before the answer
// A two-class model gives an image the logits z0 = 500 and z1 = 200. What is P(class 1)? Is it 200/700 = 0.29,
// as the sizes of the scores might suggest? And is another image with logits [300, 0] judged more or less surely?
// Decide before you look at the numbers below.
DMatrixRMaj quiz = new DMatrixRMaj(new double[][] {{500, 200}, {300, 0}});
DMatrixRMaj quizP = Softmax.rows(quiz);
System.out.printf("logits [500, 200]: P(class 1) = %.4e%n", quizP.get(0, 1));
System.out.printf("logits [300,   0]: P(class 1) = %.4e%n", quizP.get(1, 1));
System.out.printf("σ(200 − 500) = σ(−300) = %.4e%n", Activations.sigmoid(-300));

//STEP Only the difference matters
// e^300 and e^500 are huge (about 2 · 10^130 and 1.4 · 10^217, still inside a double), e^0 and e^200 are not,
// yet softmax([300, 500]) and softmax([0, 200]) are the same: both are [σ(−200), σ(200)]. Adding the same
// number to both scores changes nothing, so one of them is redundant: we could fix z0 = 0, and then
// z1 − z0 = z1 = w·x + b is exactly logistic regression.
System.out.println("e^300 = " + Math.exp(300) + ", e^500 = " + Math.exp(500));
System.out.println("naive softmax([300, 500]) = " + Arrays.toString(Softmax.naive(new DMatrixRMaj(new double[][] {{300,
        500}})).data));
System.out.println("naive softmax([0, 200])   = " + Arrays.toString(Softmax.naive(new DMatrixRMaj(new double[][] {{0,
        200}})).data));
System.out.println("[σ(−200), σ(200)]         = [" + Activations.sigmoid(-200) + ", " + Activations.sigmoid(200) + "]");

//STEP 3 parameters versus 6
// The softmax model has 6 parameters but only 3 that matter: the differences W[:, 1] − W[:, 0] and
// b1 − b0. Started from zeros, its two columns move in opposite directions by the same amount, so the
// difference moves twice as fast as logistic regression's w with the same learning rate. Logistic regression
// with learning rate 2 should therefore land exactly on the softmax's difference.
DMatrixRMaj Wsm = twoClass.weights();
DMatrixRMaj bsm = twoClass.bias();
LogisticRegression logistic2 = new LogisticRegression(2).initZeros();
logistic2.fit(toy, null, Sgd.lr(2).batch(6).epochs(1000).shuffle(false).quiet());
System.out.printf("softmax:  W[:,1] − W[:,0] = [%.6f, %.6f], b1 − b0 = %.6f%n", Wsm.get(0, 1) - Wsm.get(0, 0),
        Wsm.get(1, 1) - Wsm.get(1, 0), bsm.get(1) - bsm.get(0));
System.out.printf("logistic (lr 2):       w = [%.6f, %.6f],       b = %.6f%n", logistic2.weights().get(0),
        logistic2.weights().get(1), logistic2.bias());
System.out.printf("logistic (lr 1):       w = [%.6f, %.6f],       b = %.6f%n", w.get(0), w.get(1), logistic.bias());

//STEP The same comparison on Fashion-MNIST
// Two classes of real images: T-shirt/top against Shirt, a hard pair. We train logistic regression (785
// parameters) and a two-class softmax (1,570) with the same batches (batch 256, seeded shuffles), the
// logistic one with twice the learning rate, both in double precision. By the argument above they should make
// the same predictions.
// (Quick mode: the first 10,000 training images and 2 epochs.)
Dataset pairTrain = FashionMnist.train().first(Course.pick(60000, 10000)).onlyClasses(0, 6);
Dataset pairTest = FashionMnist.test().onlyClasses(0, 6);
int pairEpochs = Course.pick(5, 2);
System.out.println("train: " + pairTrain + ", test: " + pairTest + ", classes "
        + Arrays.toString(pairTrain.classNames()));
LogisticRegression pairLogistic = new LogisticRegression(784).initZeros();
pairLogistic.fit(pairTrain, pairTest, Sgd.lr(0.2).batch(256).epochs(pairEpochs).seed(42).quiet());
SoftmaxRegression pairSoftmax = new SoftmaxRegression(784, 2).initZeros();
pairSoftmax.fit(pairTrain, pairTest, Sgd.lr(0.1).batch(256).epochs(pairEpochs).seed(42).quiet().float64());
int[] byLogistic = pairLogistic.predict(pairTest.x());
int[] bySoftmax = pairSoftmax.predict(pairTest.x());
long same = IntStream.range(0, byLogistic.length).filter(i -> byLogistic[i] == bySoftmax[i]).count();
System.out.printf("logistic regression (lr 0.2): test accuracy %.3f, %,d parameters%n", pairLogistic.accuracy(pairTest),
        pairLogistic.parameterCount());
System.out.printf("two-class softmax  (lr 0.1): test accuracy %.3f, %,d parameters%n", pairSoftmax.accuracy(pairTest),
        pairSoftmax.parameterCount());
System.out.printf("they agree on %,d of %,d test images%n", same, byLogistic.length);

//STEP Softmax or independent sigmoids?
// One more choice that looks like this one. Softmax says "exactly one of these k classes": the probabilities
// compete and sum to 1. Some tasks are *multi-label* instead: a photo can show a shirt *and* a bag. There each
// label gets its own sigmoid, σ(z_c), a separate yes/no that does not compete with the others, and the loss is a
// binary cross-entropy per label. Same three logits, two readings:
DMatrixRMaj three = new DMatrixRMaj(new double[][] {{2, 1, -1}});
DMatrixRMaj asSoftmax = Softmax.rows(three);
DMatrixRMaj asSigmoids = Activations.sigmoid(three);
System.out.printf("softmax:  %s, sum %.4f (one class)%n", Arrays.toString(asSoftmax.data),
        Arrays.stream(asSoftmax.data).sum());
System.out.printf("sigmoids: %s, sum %.4f (each label on its own)%n", Arrays.toString(asSigmoids.data),
        Arrays.stream(asSigmoids.data).sum());

//STEP What to remember
// - Two classes: logistic regression, p = σ(w·x + b). A two-class softmax is the same model, because
//   softmax(z0, z1) for class 1 is σ(z1 − z0): the same power with half the parameters, so use the sigmoid.
// - Three or more classes, exactly one true: softmax over k scores, trained with cross-entropy.
// - Several labels that can be true together: one sigmoid per label, each with its own binary cross-entropy.
// - Train a sigmoid with cross-entropy, not squared error: squared error goes flat where the model is most wrong.
// - Only differences of logits matter: [500, 200] and [300, 0] are the same prediction.
System.out.printf("this lesson: logistic %d parameters, two-class softmax %d; on T-shirt vs Shirt they agree on %,d"
        + " of %,d%n",
        logistic.parameterCount(), twoClass.parameterCount(), same, byLogistic.length);
