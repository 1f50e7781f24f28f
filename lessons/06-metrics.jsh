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
// the subject of lessons 3 and 5. As in lesson 5 we keep a stratified 20% of the training images for
// validation: the one choice this lesson makes (a threshold) is made there, and the test set only reports.
Split.Parts parts = Split.stratified(FashionMnist.train().first(trainRows), 0.2, 42);   // copies; the loaded set is not kept
Split split = parts.split();
Dataset train = parts.train(), valid = parts.validation();
Dataset test = FashionMnist.test().first(testRows);
SoftmaxRegression model = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
History history = model.fit(train, valid, Sgd.lr(0.1).batch(256).epochs(epochs).seed(42));

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
    System.out.printf("%-12s predicted as %-12s %4d times%n", FashionMnist.CLASS_NAMES[m[0]],
            FashionMnist.CLASS_NAMES[m[1]], m[2]);

//EXERCISE confusion: A confusion matrix from labels
// Now build the matrix yourself. `confusion(actual, predicted, k)` returns a k×k array of counts where
// `m[a][p]` is the number of examples whose actual class is `a` and predicted class is `p`. Every class gets a
// row and a column, even one that never occurs.
//TODO return the k×k counts: m[actual[i]][predicted[i]] goes up by one for every example i
//HINT Every example lands in exactly one cell; which index picks the row and which the column?
//HINT Start from `new int[k][k]` (Java fills it with zeros), then one pass over the examples, adding one each time.
int[][] confusion(int[] actual, int[] predicted, int k) {
    //SOLUTION
    int[][] m = new int[k][k];
    for (int i = 0; i < actual.length; i++) {
        m[actual[i]][predicted[i]]++;
    }
    return m;
    //MISTAKE transposed: counts at m[predicted][actual], so rows are predictions and columns the truth
    // int[][] m = new int[k][k];
    // for (int i = 0; i < actual.length; i++) m[predicted[i]][actual[i]]++;
    // return m;
    //MISTAKE right-only: counts only the examples it got right, so the mistakes vanish
    // int[][] m = new int[k][k];
    // for (int i = 0; i < actual.length; i++) if (actual[i] == predicted[i]) m[actual[i]][actual[i]]++;
    // return m;
    //MISTAKE sized-by-data: sizes the matrix by the largest label seen, so a class that never occurs has no row
    // int n = 1 + Math.max(Arrays.stream(actual).max().orElse(0), Arrays.stream(predicted).max().orElse(0));
    // int[][] m = new int[n][n];
    // for (int i = 0; i < actual.length; i++) m[actual[i]][predicted[i]]++;
    // return m;
    //END
}
//CHECK
int[][] small = confusion(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 0, 2}, 4);
Check.notNull("confusion(...)", small);
Check.shape("confusion(..., k = 4)", small, 4, 4);
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
// Recall 0 says what accuracy hid: the lazy model finds none of the 10 leavers (tp = 0, fn = 10). So we ask for
// recall. A second model flags **100** people as likely to leave, and all 10 leavers are among them. Read its
// counts: tp = 10 leavers found, fn = 0 missed, fp = 90 people flagged who stay, tn = 900 left alone. Its
// recall is a perfect **1.0** — the tutorial's accuracy for it is **0.91** — and yet it is a *failure* of another
// kind: 90 of its 100 flags are false alarms, a precision of **0.10**. Flag all 1,000 people and recall is still
// 1.0. Recall alone rewards flagging everyone, accuracy alone rewards flagging no one: we need a number that is
// high only when both precision and recall are, and that number is F1, below.
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
System.out.println("flag-100 model:  precision " + flag100.precision() + ", recall " + flag100.recall() + ", f1 "
        + flag100.f1());

//EXERCISE prf: Precision, recall and F1 from counts
// Write `precisionRecallF1(tp, fp, fn)`, returning `{precision, recall, f1}`. When a ratio is 0/0 return
// `Double.NaN` for it (undefined). Use the count form of F1, `2tp / (2tp + fp + fn)`: it is the same number as
// 2PR/(P+R) whenever both are defined, and it is still defined (0) for the lazy model.
//TODO return new double[] {precision, recall, f1}, with Double.NaN where a denominator is 0
//HINT Precision divides by what was flagged (tp + fp), recall by what is really positive (tp + fn).
//HINT Counts are `long`s: a long divided by a long is a long in Java, so 10 / 100 is 0. Divide as doubles.
//HINT A small helper that returns `Double.NaN` when the denominator is 0 keeps the three lines short.
double[] precisionRecallF1(long tp, long fp, long fn) {
    //SOLUTION
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    double f1 = 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
    return new double[] {precision, recall, f1};
    //MISTAKE integer-division: divides longs, so a precision of 0.1 comes out as 0
    // double precision = tp + fp == 0 ? Double.NaN : tp / (tp + fp);
    // double recall = tp + fn == 0 ? Double.NaN : tp / (tp + fn);
    // double f1 = 2 * tp + fp + fn == 0 ? Double.NaN : 2 * tp / (2 * tp + fp + fn);
    // return new double[] {precision, recall, f1};
    //MISTAKE zero-for-undefined: returns 0 for 0/0 instead of NaN, so "nobody flagged" reads as "always wrong"
    // double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    // double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    // double f1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    // return new double[] {precision, recall, f1};
    //MISTAKE f1-from-rates: computes F1 as 2PR/(P + R), which is NaN whenever precision is undefined
    // double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    // double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    // return new double[] {precision, recall, 2 * precision * recall / (precision + recall)};
    //MISTAKE swapped: divides precision by the real positives and recall by the flagged ones
    // double precision = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    // double recall = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    // double f1 = 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
    // return new double[] {precision, recall, f1};
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

//STEP Recall as Keras computes it
// Keras' `Recall()` metric, used on ten softmax outputs and one-hot labels, does not compute the per-class recall
// above. It looks at all n × 10 entries at once: an entry is a "positive" when its label is 1, and "predicted
// positive" when its probability is above a threshold, 0.5 by default. Every image has exactly one positive entry,
// so this *micro* recall is the share of images whose true class got more than half of the probability. That is
// neither the macro recall (the mean of the ten per-class recalls) nor the accuracy (the true class has the
// *largest* probability, which may be 0.3): an image can be counted right by accuracy and missed by this recall.
System.out.printf("test accuracy %.4f, macro recall %.4f (equal when every class has as many test images)%n",
        report.accuracy(), report.macro("recall").value());

//EXERCISE keras-recall: Micro recall, thresholded
// Write `microRecall(p, y, threshold)`: over all images i and classes c, count the positive entries (c = y[i]) and
// how many of them have p[i][c] > threshold (strictly, as Keras does); return found / positives. Then compare it
// with accuracy on the test set.
//TODO return (number of images i with p[i, y[i]] > threshold) / (number of images)
//HINT How many entries of the one-hot label matrix are 1? Exactly one per image: that tells you the denominator.
//HINT A positive entry is found when its probability is above the threshold; which class has the top p is beside it.
//HINT Count with a strict `>` and divide as doubles.
double microRecall(DMatrixRMaj p, int[] y, double threshold) {
    //SOLUTION
    long found = 0;
    for (int i = 0; i < y.length; i++) {
        // a positive entry (i, y_i) is found when p_iy > threshold
        if (p.get(i, y[i]) > threshold) found++;
    }
    return (double) found / y.length;
    //MISTAKE argmax: counts images whose largest probability is the true class, which is accuracy
    // long found = 0;
    // for (int i = 0; i < y.length; i++) {
    //     int best = 0;
    //     for (int c = 1; c < p.numCols; c++) if (p.get(i, c) > p.get(i, best)) best = c;
    //     if (best == y[i]) found++;
    // }
    // return (double) found / y.length;
    //MISTAKE all-entries: divides by all n × k entries instead of the n positive ones
    // long found = 0;
    // for (int i = 0; i < y.length; i++) if (p.get(i, y[i]) > threshold) found++;
    // return (double) found / (y.length * p.numCols);
    //MISTAKE at-threshold: counts a probability equal to the threshold as found
    // long found = 0;
    // for (int i = 0; i < y.length; i++) if (p.get(i, y[i]) >= threshold) found++;
    // return (double) found / y.length;
    //MISTAKE macro: averages the per-class recalls, which weighs a small class like a big one
    // double sum = 0;
    // int classes = 0;
    // for (int c = 0; c < p.numCols; c++) {
    //     long pos = 0, hit = 0;
    //     for (int i = 0; i < y.length; i++) if (y[i] == c) { pos++; if (p.get(i, c) > threshold) hit++; }
    //     if (pos > 0) { sum += (double) hit / pos; classes++; }
    // }
    // return sum / classes;
    //END
}
//CHECK
DMatrixRMaj fewP = new DMatrixRMaj(new double[][] {{0.4, 0.3, 0.3}, {0.1, 0.8, 0.1}, {0.5, 0.5, 0}, {0.2, 0.2, 0.6},
        {0.7, 0.2, 0.1}});
int[] fewY = {0, 1, 0, 2, 2};
Check.close("microRecall(5 rows, threshold 0.5)", 0.4, microRecall(fewP, fewY, 0.5), 1e-12);
Check.close("microRecall(5 rows, threshold 0.35)", 0.8, microRecall(fewP, fewY, 0.35), 1e-12);
double expectedMicro = 0;
for (int i = 0; i < test.size(); i++) if (probs.get(i, test.y()[i]) > 0.5) expectedMicro++;
expectedMicro /= test.size();
double yourMicro = microRecall(probs, test.y(), 0.5);
Check.close("microRecall(test probabilities, 0.5)", expectedMicro, yourMicro, 1e-12);
System.out.printf("test set: Keras-style micro recall %.4f, accuracy %.4f, macro recall %.4f%n", yourMicro,
        report.accuracy(), report.macro("recall").value());

//EXERCISE spec-fpr: Specificity and false positive rate of one class
// In a k×k confusion matrix, class `c` against the rest has: tp = m[c][c]; fn = the rest of row c;
// fp = the rest of column c; and tn = everything else. Write `specificityAndFpr(m, c)`, returning
// `{specificity, fpr}` for class c.
//TODO return new double[] {tn / (tn + fp), fp / (fp + tn)} for class c of the count matrix m
//HINT Rows are the truth, columns the prediction: a false positive of class c was *called* c but is not.
//HINT Sum the whole matrix, row c and column c first; tn is what is left after tp, fp and fn.
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
    //MISTAKE row-for-column: takes fp from row c (the missed ones) instead of column c
    // long total = 0, row = 0, column = 0;
    // for (int a = 0; a < m.length; a++) {
    //     for (int q = 0; q < m.length; q++) total += m[a][q];
    //     row += m[c][a];
    //     column += m[a][c];
    // }
    // long fp = row - m[c][c];
    // long tn = total - column - fp;
    // double specificity = (double) tn / (tn + fp);
    // return new double[] {specificity, 1 - specificity};
    //MISTAKE tn-keeps-fn: computes tn = total − tp − fp and forgets to take out the false negatives
    // long total = 0, column = 0;
    // for (int a = 0; a < m.length; a++) {
    //     for (int q = 0; q < m.length; q++) total += m[a][q];
    //     column += m[a][c];
    // }
    // long fp = column - m[c][c];
    // long tn = total - m[c][c] - fp;
    // double specificity = (double) tn / (tn + fp);
    // return new double[] {specificity, 1 - specificity};
    //MISTAKE fpr-over-flagged: divides fp by everything flagged as c (tp + fp) instead of the real negatives
    // long total = 0, row = 0, column = 0;
    // for (int a = 0; a < m.length; a++) {
    //     for (int q = 0; q < m.length; q++) total += m[a][q];
    //     row += m[c][a];
    //     column += m[a][c];
    // }
    // long fp = column - m[c][c];
    // long tn = total - row - fp;
    // return new double[] {(double) tn / (tn + fp), (double) fp / column};
    //END
}
//CHECK
double[] twoByTwo = specificityAndFpr(new int[][] {{900, 90}, {0, 10}}, 1);
Check.close("{specificity, fpr} of 'leaves' in [[900, 90], [0, 10]]", new double[] {900.0 / 990, 90.0 / 990}, twoByTwo,
        1e-12);
for (int c = 0; c < 10; c++) {
    double[] sf = specificityAndFpr(counts, c);
    Check.close("specificity of " + FashionMnist.CLASS_NAMES[c], report.metric("specificity", c).value(), sf[0], 1e-12);
    Check.close("fpr of " + FashionMnist.CLASS_NAMES[c], report.metric("fpr", c).value(), sf[1], 1e-12);
}

//STEP Moving the threshold
// `predict` takes the most likely class. For one class against the rest we may instead flag an image as
// "Shirt" whenever P(Shirt) ≥ t, for a threshold t of our choosing. A low t flags many images: high recall, low
// precision. A high t flags only the sure ones: high precision, low recall. Choosing t is a choice like the
// learning rate, so we sweep it on the **validation** images; the table sweeps t from 0 to 1.
int shirtClass = 6;
DMatrixRMaj validProbs = model.predictProba(valid.x());
ThresholdSweep sweep = ThresholdSweep.oneVsRest(validProbs, valid.y(), shirtClass, 20);
sweep.toTable()

//STEP The trade-off as a chart
// Precision and recall against the threshold, on the validation images. Recall falls steadily as t rises;
// precision climbs (it gets noisy at the right end, where only a handful of images are flagged, and is missing
// where none are). Where to stand depends on the cost of each kind of mistake, not on the model.
Charts.precisionRecall("precision-recall-shirt", sweep);

//EXERCISE shirt-threshold: A threshold for a recall target
// Suppose a shop must catch at least 90% of the shirts (recall ≥ 0.9) and wants as few false alarms as that
// allows. Write `bestThreshold(scores, positive, minRecall)`: among the thresholds t equal to one of the scores,
// flagging every score ≥ t, return the one with the highest precision whose recall is at least minRecall (on a
// tie in precision, the higher t). Return `Double.NaN` if no threshold reaches minRecall.
//TODO return the score t (flag score ≥ t) with recall ≥ minRecall and the highest precision; the higher t on a tie
//HINT Lowering t only adds flags, so recall never falls; precision can go up *or* down. Which t must you try?
//HINT Try every score as t: count tp and fp among the flagged; recall = tp / positives, precision = tp / flagged.
//HINT Sorting the scores from high to low lets you count tp and fp in one pass instead of one pass per t.
double bestThreshold(double[] scores, boolean[] positive, double minRecall) {
    //SOLUTION
    long positives = 0;
    for (boolean q : positive) if (q) positives++;
    double best = Double.NaN, bestPrecision = -1;
    for (double t : scores) {
        long tp = 0, flagged = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= t) {
                flagged++;
                if (positive[i]) tp++;
            }
        }
        double recall = (double) tp / positives, precision = (double) tp / flagged;
        boolean better = precision > bestPrecision || (precision == bestPrecision && t > best);
        if (recall >= minRecall && better) {
            best = t;
            bestPrecision = precision;
        }
    }
    return best;
    //MISTAKE highest-reaching: returns the highest threshold that reaches the recall, without comparing precisions
    // long positives = 0;
    // for (boolean q : positive) if (q) positives++;
    // double best = Double.NaN;
    // for (double t : scores) {
    //     long tp = 0;
    //     for (int i = 0; i < scores.length; i++) if (scores[i] >= t && positive[i]) tp++;
    //     if ((double) tp / positives >= minRecall && !(t <= best)) best = t;
    // }
    // return best;
    //MISTAKE strict-flag: flags scores strictly above t, so the image at the threshold itself is never flagged
    // long positives = 0;
    // for (boolean q : positive) if (q) positives++;
    // double best = Double.NaN, bestPrecision = -1;
    // for (double t : scores) {
    //     long tp = 0, flagged = 0;
    //     for (int i = 0; i < scores.length; i++) if (scores[i] > t) { flagged++; if (positive[i]) tp++; }
    //     double recall = (double) tp / positives, precision = flagged == 0 ? 0 : (double) tp / flagged;
    //     if (recall >= minRecall && (precision > bestPrecision || (precision == bestPrecision && t > best))) {
    //         best = t;
    //         bestPrecision = precision;
    //     }
    // }
    // return best;
    //MISTAKE ignores-recall: maximises precision alone, which picks a threshold that catches almost nothing
    // double best = Double.NaN, bestPrecision = -1;
    // for (double t : scores) {
    //     long tp = 0, flagged = 0;
    //     for (int i = 0; i < scores.length; i++) if (scores[i] >= t) { flagged++; if (positive[i]) tp++; }
    //     double precision = (double) tp / flagged;
    //     if (precision > bestPrecision || (precision == bestPrecision && t > best)) {
    //         best = t;
    //         bestPrecision = precision;
    //     }
    // }
    // return best;
    //MISTAKE recall-over-flagged: divides tp by the flagged images for recall too, so both numbers are precision
    // double best = Double.NaN, bestPrecision = -1;
    // for (double t : scores) {
    //     long tp = 0, flagged = 0;
    //     for (int i = 0; i < scores.length; i++) if (scores[i] >= t) { flagged++; if (positive[i]) tp++; }
    //     double precision = (double) tp / flagged;
    //     if (precision >= minRecall && (precision > bestPrecision || (precision == bestPrecision && t > best))) {
    //         best = t;
    //         bestPrecision = precision;
    //     }
    // }
    // return best;
    //END
}
//CHECK
double[] fourScores = {0.9, 0.8, 0.7, 0.6};
boolean[] fourPositive = {false, true, true, true};
Check.close("bestThreshold([0.9 no, 0.8 yes, 0.7 yes, 0.6 yes], recall ≥ 0.3) (0.6: three right of four flagged)",
        0.6, bestThreshold(fourScores, fourPositive, 0.3), 1e-12);
double[] eight = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
boolean[] eightPositive = {true, false, true, true, false, true, false, true};
Check.close("bestThreshold(8 scores, recall ≥ 0.8)", 0.4, bestThreshold(eight, eightPositive, 0.8), 1e-12);
Check.close("bestThreshold(8 scores, recall ≥ 1)", 0.2, bestThreshold(eight, eightPositive, 1.0), 1e-12);
Check.that(Double.isNaN(bestThreshold(new double[] {0.5, 0.4}, new boolean[] {false, true}, 1.01)),
        "bestThreshold(…, recall ≥ 1.01) should be NaN: no threshold reaches it");
double[] validShirt = new double[valid.size()];
boolean[] validIsShirt = new boolean[valid.size()];
for (int i = 0; i < valid.size(); i++) {
    validShirt[i] = validProbs.get(i, shirtClass);
    validIsShirt[i] = valid.y()[i] == shirtClass;
}
double shirtT = bestThreshold(validShirt, validIsShirt, 0.9);
long shirtFlagged = Arrays.stream(validShirt).filter(v -> v >= shirtT).count();
long shirtFound = java.util.stream.IntStream.range(0,
        valid.size()).filter(i -> validIsShirt[i] && validShirt[i] >= shirtT).count();
long shirts = java.util.stream.IntStream.range(0, valid.size()).filter(i -> validIsShirt[i]).count();
Check.that(shirtFound >= 0.9 * shirts, "at your threshold " + shirtT + " the validation recall for Shirt is "
        + shirtFound + "/" + shirts + ", below 0.9");

//STEP The chosen threshold, on the test set once
// The threshold was chosen on validation images. Now, and only now, we see what it does on the test set: the
// recall may come out a little below 0.9, because the choice was fitted to the validation images.
long tTp = 0, tFp = 0, tFn = 0, tTn = 0;
for (int i = 0; i < test.size(); i++) {
    boolean flag = probs.get(i, shirtClass) >= shirtT, isShirt = test.y()[i] == shirtClass;
    if (flag && isShirt) tTp++; else if (flag) tFp++; else if (isShirt) tFn++; else tTn++;
}
BinaryCounts atT = new BinaryCounts(tTp, tFp, tTn, tFn);
System.out.printf("threshold t = %.4f chosen on validation (recall %.3f, precision %.3f there)%n", shirtT,
        (double) shirtFound / shirts, (double) shirtFound / shirtFlagged);
System.out.printf("on the test set: recall %.3f, precision %.3f (argmax alone: recall %.3f, precision %.3f)%n",
        atT.recall().value(), atT.precision().value(), BinaryCounts.of(test.y(), predicted,
                shirtClass).recall().value(),
        BinaryCounts.of(test.y(), predicted, shirtClass).precision().value());

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
//HINT Each pair of neighbouring points makes one slice; how many slices does a list of n points have?
//HINT A trapezoid's area is its width times the mean of its two heights.
double auc(double[] fpr, double[] tpr) {
    //SOLUTION
    double area = 0;
    for (int i = 1; i < fpr.length; i++) {
        area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
    }
    return area;
    //MISTAKE left-rectangles: uses the left height only, which misses the triangle on top of each slice
    // double area = 0;
    // for (int i = 1; i < fpr.length; i++) area += (fpr[i] - fpr[i - 1]) * tpr[i - 1];
    // return area;
    //MISTAKE no-half: adds the two heights without halving them
    // double area = 0;
    // for (int i = 1; i < fpr.length; i++) area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]);
    // return area;
    //MISTAKE swapped-axes: integrates fpr over tpr instead of tpr over fpr
    // double area = 0;
    // for (int i = 1; i < fpr.length; i++) area += (tpr[i] - tpr[i - 1]) * (fpr[i] + fpr[i - 1]) / 2;
    // return area;
    //END
}
//CHECK
Check.close("auc of the diagonal (guessing)", 0.5, auc(new double[] {0, 1}, new double[] {0, 1}), 1e-12);
Check.close("auc of a perfect ranking", 1.0, auc(new double[] {0, 0, 1}, new double[] {0, 1, 1}), 1e-12);
Check.close("auc of (0,0) (0.5,0.5) (0.5,1) (1,1)", 0.625, auc(new double[] {0, 0.5, 0.5, 1}, new double[] {0, 0.5, 1,
        1}), 1e-12);
Check.close("auc of the Shirt ROC curve", shirtRoc.auc(), auc(shirtRoc.fpr(), shirtRoc.tpr()), 1e-9);

//STEP What to remember
// - Accuracy is one number over all classes; with unbalanced classes it can be high for a useless model.
// - Precision asks "when we say yes, are we right?"; recall asks "of the real yeses, how many did we find?".
// - The threshold trades one for the other; the ROC curve and AUC describe the model over all thresholds.
// - Choose a threshold on validation images, then report it on the test set once.
// - "Recall" in Keras (micro, thresholded at 0.5) counts images whose true class got more than half of the
//   probability: neither the per-class (macro) recall nor the accuracy.
//
// Lesson 7 adds a hidden layer to the model; these metrics are how we will judge whether it helped.
System.out.printf("this model: accuracy %.4f, macro F1 %.4f, weakest class by F1: %s%n", report.accuracy(),
        report.macro("f1").value(), FashionMnist.CLASS_NAMES[java.util.stream.IntStream.range(0, 10).boxed()
                .min(Comparator.comparingDouble(c -> report.metric("f1", c).orElse(0))).get()]);
