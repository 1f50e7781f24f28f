//LESSON Metrics: what accuracy hides
// Accuracy answers one question: *what share of the answers were right?* It is a fine first number and a poor
// last one. In this lesson we judge the softmax regression from lesson 3 the way a careful reviewer would:
//
// - the **confusion matrix**: which classes are mistaken for which,
// - **precision, recall, F1, specificity and the false positive rate**, per class and averaged,
// - a small story that shows how accuracy alone misleads,
// - the **threshold**: trading precision for recall,
// - the **ROC curve** and the **area under it (AUC)**.
//
// The lesson stands on its own: it loads Fashion-MNIST and trains its own model first.

//STEP Imports and settings
// Everything we need: the data, the model, the metrics, the charts and the checks. In quick mode
// (`-Dshellbook.quick=true`) the lesson uses fewer images and epochs so it runs in seconds.
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.metrics.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;
import org.ejml.data.DMatrixRMaj;
import java.util.*;
int trainRows = Course.pick(60_000, 6_000);
int testRows = Course.pick(10_000, 1_000);
int epochs = Course.pick(5, 3);
System.out.printf("%,d training images, %,d test images, %d epochs%n", trainRows, testRows, epochs);

//STEP Train the model we will judge
// The same softmax regression as in lesson 3: 784 pixels in, 10 class scores out, trained with minibatch SGD
// (learning rate 0.1, batches of 256, seed 42). We only need a reasonable model here; how to train it well is
// the subject of lessons 3 and 5.
Dataset train = FashionMnist.train().first(trainRows);
Dataset test = FashionMnist.test().first(testRows);
SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
History history = model.fit(train, test, Sgd.lr(0.1).batch(256).epochs(epochs).seed(42));

//STEP Predictions and probabilities
// `predict` gives the most likely class of each test image (the argmax of each row); `predictProba` gives the
// whole row of ten probabilities. The metrics below need the first; the threshold and ROC steps need the second.
int[] predicted = model.predict(test.x());
DMatrixRMaj probs = model.predictProba(test.x());
System.out.printf("test accuracy %.4f on %,d images%n", Labels.accuracy(predicted, test.y()), test.size());

//STEP The confusion matrix as a table
// One row per **actual** class, one column per **predicted** class; cell (a, p) counts the test images of class
// `a` that the model called `p`. The diagonal holds the right answers, everything off it is a mistake, and the
// mistakes are not spread evenly: look at the Shirt row.
ConfusionMatrix cm = ConfusionMatrix.of(test.y(), predicted, FashionMnist.CLASS_NAMES);
cm.toTable()

//STEP The confusion matrix as a heat map
// The same counts as colours: a dark diagonal is what we want. Pale squares off the diagonal show which pairs of
// classes the model mixes up. Open the PNG whose path is printed below.
Charts.confusion("confusion-matrix", cm);

//STEP The mistakes the model makes most
// Reading a 10×10 table takes time, so let us sort the off-diagonal cells. Expect the pairs a person would also
// hesitate over: shirts, T-shirts, pullovers and coats all have sleeves and a collar at 28×28 pixels.
int[][] counts = cm.counts();
List<int[]> mistakes = new ArrayList<>();
for (int a = 0; a < 10; a++)
    for (int p = 0; p < 10; p++)
        if (a != p && counts[a][p] > 0) mistakes.add(new int[] {a, p, counts[a][p]});
mistakes.sort((u, v) -> v[2] - u[2]);
for (int[] m : mistakes.subList(0, Math.min(5, mistakes.size())))
    System.out.printf("%-12s predicted as %-12s %4d times%n", FashionMnist.CLASS_NAMES[m[0]], FashionMnist.CLASS_NAMES[m[1]], m[2]);

//EXERCISE confusion: A confusion matrix from labels
// Now build the matrix yourself. `confusion(actual, predicted, k)` returns a k×k array of counts where
// `m[a][p]` is the number of examples whose actual class is `a` and predicted class is `p`. Every class gets a
// row and a column, even one that never occurs.
//TODO return the k×k counts: m[actual[i]][predicted[i]] goes up by one for every example i
//HINT Start from `new int[k][k]`: Java fills it with zeros.
//HINT One loop over the examples is enough: `m[actual[i]][predicted[i]]++`.
int[][] confusion(int[] actual, int[] predicted, int k) {
    //SOLUTION
    int[][] m = new int[k][k];
    for (int i = 0; i < actual.length; i++) {
        m[actual[i]][predicted[i]]++;
    }
    return m;
    //END
}
//CHECK
int[][] small = confusion(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 0, 2}, 4);
Check.notNull("confusion(...)", small);
Check.equal("number of rows of confusion(..., k = 4)", 4, small.length);
Check.equal("row 0 (actual 0: one right, one called 1)", new int[] {1, 1, 0, 0}, small[0]);
Check.equal("row 2 (actual 2: two right, one called 0)", new int[] {1, 0, 2, 0}, small[2]);
Check.equal("row 3 (class 3 never occurs)", new int[] {0, 0, 0, 0}, small[3]);
int[][] mine = confusion(test.y(), predicted, 10);
for (int a = 0; a < 10; a++) Check.equal("row " + a + " of your test-set matrix", counts[a], mine[a]);

//STEP Who leaves the company?
// A story that every metrics lecture tells. A company has **1,000** employees and **10** of them will leave this
// year. "Leaves" is the *positive* class. A lazy model predicts that **nobody** leaves:
//
// | | predicted leaves | predicted stays |
// |---|---|---|
// | **leaves** | tp = 0 | fn = 10 |
// | **stays** | fp = 0 | tn = 990 |
//
// The tutorial's numbers: accuracy **0.99**, recall **0**. Ours, computed from the counts:
BinaryCounts nobody = new BinaryCounts(0, 0, 990, 10);
nobody.toTable()

//STEP Flag a hundred people instead
// A second model flags **100** people as likely to leave, and all 10 leavers are among them: tp = 10, fp = 90,
// tn = 900, fn = 0. Its accuracy is *lower* — the tutorial says **0.91** — yet it is the useful model: recall
// **1.0** (it finds every leaver) and precision **0.10** (one flag in ten is right). Accuracy rewarded the lazy
// model because the classes are unbalanced: 99% of the answers are "stays".
BinaryCounts flag100 = new BinaryCounts(10, 90, 900, 0);
flag100.toTable()

//STEP The definitions
// With tp, fp, tn, fn as above:
//
// - **precision** = tp / (tp + fp): of those we flagged, the share that were right.
// - **recall** (sensitivity, true positive rate) = tp / (tp + fn): of the real positives, the share we found.
// - **F1** = 2·P·R / (P + R) = 2tp / (2tp + fp + fn): the harmonic mean, high only when both are high.
// - **specificity** = tn / (tn + fp): of the real negatives, the share we left alone.
// - **false positive rate** FPR = fp / (fp + tn) = 1 − specificity.
//
// A ratio 0/0 is *undefined*, not 0: the lazy model flagged nobody, so its precision says nothing.
System.out.println("lazy model:      precision " + nobody.precision() + ", recall " + nobody.recall());
System.out.println("flag-100 model:  precision " + flag100.precision() + ", recall " + flag100.recall() + ", f1 " + flag100.f1());

//EXERCISE prf: Precision, recall and F1 from counts
// Write `precisionRecallF1(tp, fp, fn)`, returning `{precision, recall, f1}`. When a ratio is 0/0 return
// `Double.NaN` for it (undefined). Use the count form of F1, `2tp / (2tp + fp + fn)`: it is the same number as
// 2PR/(P+R) whenever both are defined, and it is still defined (0) for the lazy model.
//TODO return new double[] {precision, recall, f1}, with Double.NaN where a denominator is 0
//HINT Counts are `long`s: divide as doubles, `(double) tp / (tp + fp)`, or you get integer division.
//HINT A small helper `double ratio(double num, double den)` that returns `Double.NaN` when `den == 0` keeps it short.
//HINT f1 = ratio(2 * tp, 2 * tp + fp + fn).
double[] precisionRecallF1(long tp, long fp, long fn) {
    //SOLUTION
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    double f1 = 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
    return new double[] {precision, recall, f1};
    //END
}
//CHECK
double[] flagged = precisionRecallF1(10, 90, 0);
Check.close("{precision, recall, f1} of the flag-100 model", new double[] {0.10, 1.0, 2.0 / 11}, flagged, 1e-12);
double[] lazy = precisionRecallF1(0, 0, 10);
Check.that(lazy != null && lazy.length == 3, "precisionRecallF1 must return 3 numbers {precision, recall, f1}");
Check.that(Double.isNaN(lazy[0]), "precision of the lazy model is " + lazy[0] + ", expected NaN (nobody flagged: 0/0)");
Check.close("recall of the lazy model", 0.0, lazy[1], 1e-12);
Check.close("f1 of the lazy model", 0.0, lazy[2], 1e-12);
BinaryCounts shirt = BinaryCounts.of(test.y(), predicted, 6);
double[] shirtPrf = precisionRecallF1(shirt.tp(), shirt.fp(), shirt.fn());
Check.close("{precision, recall, f1} of class Shirt on the test set",
        new double[] {shirt.precision().value(), shirt.recall().value(), shirt.f1().value()}, shirtPrf, 1e-12);
double shirtP = shirtPrf[0], shirtR = shirtPrf[1];
Check.close("your f1 against 2PR/(P+R) for Shirt", 2 * shirtP * shirtR / (shirtP + shirtR), shirtPrf[2], 1e-12);

//STEP Every class, and two kinds of average
// With ten classes each class takes its turn as "positive" against the other nine. The report below does that
// for every class. Two averages follow: the **macro** average is the plain mean over classes (every class counts
// the same), the **weighted** average weighs each class by its *support* (how many test images it has). On
// Fashion-MNIST the classes are balanced, so the two are close; on unbalanced data they are not.
// Find the weakest class by F1: it is the one the heat map showed pale squares for.
ClassificationReport report = cm.report();
report.toTable()

//EXERCISE spec-fpr: Specificity and false positive rate of one class
// In a k×k confusion matrix, class `c` against the rest has: tp = m[c][c]; fn = the rest of row c;
// fp = the rest of column c; and tn = everything else. Write `specificityAndFpr(m, c)`, returning
// `{specificity, fpr}` for class c.
//TODO return new double[] {tn / (tn + fp), fp / (fp + tn)} for class c of the count matrix m
//HINT Add up the whole matrix, row c and column c first.
//HINT fp = column c − m[c][c]; fn = row c − m[c][c]; tn = total − tp − fp − fn.
//HINT Specificity and FPR add up to 1: compute one, and the other is 1 minus it.
double[] specificityAndFpr(int[][] m, int c) {
    //SOLUTION
    long total = 0, row = 0, column = 0;
    for (int a = 0; a < m.length; a++) {
        for (int q = 0; q < m.length; q++) total += m[a][q];
        row += m[c][a];
        column += m[a][c];
    }
    long tp = m[c][c];
    long fp = column - tp;
    long tn = total - row - fp;
    double specificity = (double) tn / (tn + fp);
    return new double[] {specificity, 1 - specificity};
    //END
}
//CHECK
double[] twoByTwo = specificityAndFpr(new int[][] {{900, 90}, {0, 10}}, 1);
Check.close("{specificity, fpr} of 'leaves' in [[900, 90], [0, 10]]", new double[] {900.0 / 990, 90.0 / 990}, twoByTwo, 1e-12);
for (int c = 0; c < 10; c++) {
    double[] sf = specificityAndFpr(counts, c);
    Check.close("specificity of " + FashionMnist.CLASS_NAMES[c], report.metric("specificity", c).value(), sf[0], 1e-12);
    Check.close("fpr of " + FashionMnist.CLASS_NAMES[c], report.metric("fpr", c).value(), sf[1], 1e-12);
}

//STEP Moving the threshold
// `predict` takes the most likely class. For one class against the rest we may instead flag an image as
// "Shirt" whenever P(Shirt) ≥ t, for a threshold t of our choosing. A low t flags many images: high recall, low
// precision. A high t flags only the sure ones: high precision, low recall. The table sweeps t from 0 to 1.
int shirtClass = 6;
ThresholdSweep sweep = ThresholdSweep.oneVsRest(probs, test.y(), shirtClass, 20);
sweep.toTable()

//STEP The trade-off as a chart
// Precision and recall against the threshold. Recall falls steadily as t rises; precision climbs (it gets
// noisy at the right end, where only a handful of images are flagged, and is missing where none are).
// Where to stand depends on the cost of each kind of mistake, not on the model.
Charts.precisionRecall("precision-recall-shirt", sweep);

//STEP The ROC curve
// The ROC curve plots, for every threshold at once, the true positive rate (recall) against the false positive
// rate. A model that guesses lies on the diagonal; a perfect one goes straight up to (0, 1). The **area under the
// curve** (AUC) sums it up in one threshold-free number: the chance that a random positive image scores higher
// than a random negative one. We compare the hardest class, Shirt, with an easy one, Trouser.
Roc shirtRoc = Roc.oneVsRest(probs, test.y(), shirtClass);
Roc trouserRoc = Roc.oneVsRest(probs, test.y(), 1);
Map<String, Roc> rocCurves = new LinkedHashMap<>();
rocCurves.put("Shirt vs rest", shirtRoc);
rocCurves.put("Trouser vs rest", trouserRoc);
Charts.roc("roc-shirt-trouser", rocCurves);
System.out.printf("AUC Shirt %.4f, Trouser %.4f%n", shirtRoc.auc(), trouserRoc.auc());

//EXERCISE auc: The area under the curve, by trapezoids
// The ROC curve is a list of points (fpr[i], tpr[i]), sorted by fpr, from (0, 0) to (1, 1). Between two
// neighbours the area under a straight line is a trapezoid: width × mean height. Write `auc(fpr, tpr)`.
//TODO return the sum over i ≥ 1 of (fpr[i] − fpr[i−1]) · (tpr[i] + tpr[i−1]) / 2
//HINT Start the loop at i = 1 so that there is always a previous point.
//HINT The area of one slice is `(fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2`.
double auc(double[] fpr, double[] tpr) {
    //SOLUTION
    double area = 0;
    for (int i = 1; i < fpr.length; i++) {
        area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
    }
    return area;
    //END
}
//CHECK
Check.close("auc of the diagonal (guessing)", 0.5, auc(new double[] {0, 1}, new double[] {0, 1}), 1e-12);
Check.close("auc of a perfect ranking", 1.0, auc(new double[] {0, 0, 1}, new double[] {0, 1, 1}), 1e-12);
Check.close("auc of (0,0) (0.5,0.5) (0.5,1) (1,1)", 0.625, auc(new double[] {0, 0.5, 0.5, 1}, new double[] {0, 0.5, 1, 1}), 1e-12);
Check.close("auc of the Shirt ROC curve", shirtRoc.auc(), auc(shirtRoc.fpr(), shirtRoc.tpr()), 1e-9);

//STEP What to remember
// - Accuracy is one number over all classes; with unbalanced classes it can be high for a useless model.
// - Precision asks "when we say yes, are we right?"; recall asks "of the real yeses, how many did we find?".
// - The threshold trades one for the other; the ROC curve and AUC describe the model over all thresholds.
//
// Lesson 7 adds a hidden layer to the model; these metrics are how we will judge whether it helped.
System.out.printf("this model: accuracy %.4f, macro F1 %.4f, weakest class by F1: %s%n", report.accuracy(),
        report.macro("f1").value(), FashionMnist.CLASS_NAMES[java.util.stream.IntStream.range(0, 10).boxed()
                .min(Comparator.comparingDouble(c -> report.metric("f1", c).orElse(0))).get()]);
