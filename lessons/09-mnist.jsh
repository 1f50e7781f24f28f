//LESSON MNIST digits
// MNIST is the classic: 70,000 hand-written digits, 28×28 grey pixels, ten classes 0–9. Fashion-MNIST was made as
// a drop-in replacement with the same format, so everything we built runs on digits unchanged. In this lesson:
//
// - getting the MNIST files (they are not shipped with Shellbook),
// - the softmax regression of lesson 3 with the settings of a well-known **Keras** tutorial,
// - a better-tuned run, and why it is better,
// - the digits the model gets wrong.
//
// Without the MNIST files every step still runs: the training steps say they were skipped, and the exercises
// work on Fashion-MNIST, which is shipped.

//STEP Imports and settings
// The MNIST folder is `data/mnist` unless the system property `shellbook.mnist` names another one (the test suite
// points it at a small subset). Quick mode uses fewer images.
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.metrics.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import java.nio.file.Path;
import java.util.*;
Path mnistDir = Path.of(System.getProperty("shellbook.mnist", Course.dataDir().resolve("mnist").toString()));
boolean haveMnist = Mnist.available(mnistDir);
int trainRows = Course.pick(60_000, 6_000);
int testRows = Course.pick(10_000, 1_000);
void skipped(String what) {
    System.out.println("skipped: no MNIST files in " + mnistDir + " (" + what + "). See the step 'Getting the data'.");
}
System.out.println(haveMnist ? "MNIST found in " + mnistDir : "no MNIST files in " + mnistDir);

//STEP Getting the data
// MNIST comes as four gzip-compressed IDX files — the same format as the Fashion-MNIST files in `data/fashion-mnist`.
// If they are missing, the message below names them and says where to put them. On a machine with internet,
// `Mnist.download(mnistDir)` fetches them and checks each one before keeping it; then run this lesson again.
System.out.println(haveMnist ? "All four MNIST files are in " + mnistDir.toAbsolutePath() + "."
        : Mnist.howToGet(mnistDir));

//STEP Load the digits
// Pixels are scaled to [0, 1] on loading, exactly as for Fashion-MNIST. The classes are roughly balanced (the
// digit 1 is the most common, 5 the least): count them.
Dataset digits = haveMnist ? Mnist.train(mnistDir).first(trainRows) : null;
Dataset digitsTest = haveMnist ? Mnist.test(mnistDir).first(testRows) : null;
if (haveMnist) System.out.println("train " + digits + ", test " + digitsTest + "\n"
        + digits.classCounts().printAll()); else skipped("loading");

//STEP A look at the digits
// Sixteen training digits with their labels. Compare them with Fashion-MNIST: thin strokes on a black background,
// written by hundreds of different people.
if (haveMnist) Charts.images("digits", digits, java.util.stream.IntStream.range(0,
        16).toArray()); else skipped("the picture of the digits");

//STEP The Keras-style run
// A widely read Keras tutorial trains this exact model — one Dense layer of 10 softmax units — with **batch size
// 2048, SGD with learning rate 0.01, 10 epochs**, and reports a test accuracy of **0.807**. We use the same settings
// (starting from zero weights; Keras starts from small random ones, which for one layer changes little). With all
// 60,000 images that is 30 batches per epoch. With fewer (quick mode uses 6,000: 3 batches per epoch) the run makes
// fewer updates and ends lower than 0.807 — the line below says how many updates this run made.
History kerasRun = null;
SoftmaxRegression kerasModel = null;
if (haveMnist) {
    kerasModel = new SoftmaxRegression(784, 10).initZeros();
    kerasRun = kerasModel.fit(digits, digitsTest, Sgd.lr(0.01).batch(2048).epochs(10).seed(42));
    System.out.printf("the Keras tutorial: test accuracy 0.807; this run: %.4f (%,d training images → %d updates,"
            + " %,d test images)%n", kerasRun.last().testAccuracy(), digits.size(), (digits.size() + 2047) / 2048 * 10,
            digitsTest.size());
} else skipped("the Keras-style run");

//EXERCISE updates: How many steps did it take?
// Why is 0.807 so low for MNIST? Count the steps. One epoch visits every image once, in batches; each batch is one
// update of the weights (the last batch may be smaller). Write `updates(n, batch, epochs)`: the number of weight
// updates in the whole run.
//TODO return the number of batches per epoch (the last one may be partial) times the number of epochs
//HINT 60,000 images in batches of 2,048 make 29 full batches (59,392 images) and one of 608: 30 batches per epoch.
//HINT A partial batch still counts as a whole update, so you round up; `n / batch` on longs rounds down.
//HINT Rounding up without doubles: add batch − 1 before dividing.
long updates(long n, long batch, long epochs) {
    //SOLUTION
    // ⌈n / batch⌉ updates per epoch
    return (n + batch - 1) / batch * epochs;
    //MISTAKE floor: divides with rounding down, so the last partial batch is not counted
    // return n / batch * epochs;
    //MISTAKE always-extra: adds one batch per epoch even when the batches divide evenly
    // return (n / batch + 1) * epochs;
    //MISTAKE ceil-of-long: calls Math.ceil on a long division, which has already rounded down
    // return (long) Math.ceil(n / batch) * epochs;
    //MISTAKE images-not-batches: counts the images seen instead of the updates made
    // return n * epochs;
    //END
}
//CHECK
Check.equal("updates(60000, 2048, 10) (the Keras settings)", 300L, updates(60_000, 2_048, 10));
Check.equal("updates(60000, 128, 10)", 4_690L, updates(60_000, 128, 10));
Check.equal("updates(1000, 100, 3) (batches divide evenly)", 30L, updates(1_000, 100, 3));
Check.equal("updates(100, 256, 5) (a batch bigger than the data)", 5L, updates(100, 256, 5));
Check.equal("updates(60000, 1, 1) (plain SGD, one image at a time)", 60_000L, updates(60_000, 1, 1));

//STEP A better-tuned run
// 300 small steps (lr 0.01) move the weights only a short way from zero: the Keras-style model stopped long before
// it converged. Same model, same 10 epochs, but batches of 128 (469 updates per epoch instead of 30) and a larger
// learning rate. Which rate? The Keras tutorial watched the test set while it trained; we choose on a stratified
// 20% validation split of the training digits instead, among 0.1, 0.5 and 1.0, and train the chosen one on all of
// them. The test set is looked at once, for the chosen model.
History tunedRun = null;
SoftmaxRegression tunedModel = null;
double tunedRate = Double.NaN;
if (haveMnist) {
    Split digitSplit = Split.stratified(digits.y(), 0.2, 42);
    Dataset digitTrain = digits.subset(digitSplit.train()), digitValid = digits.subset(digitSplit.validation());
    double bestValid = -1;
    for (double rate : new double[] {0.1, 0.5, 1.0}) {
        SoftmaxRegression m = new SoftmaxRegression(784, 10).initZeros();
        m.fit(digitTrain, null, Sgd.lr(rate).batch(128).epochs(10).seed(42).quiet());
        System.out.printf("lr %.1f: validation accuracy %.4f%n", rate, m.accuracy(digitValid));
        if (m.accuracy(digitValid) > bestValid) {
            bestValid = m.accuracy(digitValid);
            tunedRate = rate;
        }
    }
    tunedModel = new SoftmaxRegression(784, 10).initZeros();
    tunedRun = tunedModel.fit(digits, null, Sgd.lr(tunedRate).batch(128).epochs(10).seed(42).quiet());
    System.out.printf("chosen lr %.1f; test accuracy: Keras-style %.4f, tuned %.4f%n", tunedRate,
            kerasRun.last().testAccuracy(), tunedModel.accuracy(digitsTest));
} else skipped("the tuned run");

//STEP The two runs side by side
// Training loss per epoch for both runs (`Charts.history` draws a History directly). The Keras-style loss starts at
// 2.30 — which is log 10, the loss of a model that gives every digit probability 1/10 — and comes down slowly.
// How sure is each model at the end? The lines below measure it on the test set: the mean cross-entropy, and the
// mean of each image's largest probability (1/10 would be no opinion at all, 1 full certainty).
double meanTop(SoftmaxRegression m, Dataset d) {
    DMatrixRMaj p = m.predictProba(d.x());
    double sum = 0;
    for (int i = 0; i < p.numRows; i++) sum += CommonOps_DDRM.elementMax(CommonOps_DDRM.extractRow(p, i, null));
    return sum / p.numRows;
}
if (haveMnist) {
    Charts.history("mnist-runs", kerasRun.named("batch 2048, lr 0.01"), tunedRun.named("batch 128, lr " + tunedRate));
    System.out.printf("Keras-style: test loss %.3f, mean top probability %.3f%n", kerasModel.loss(digitsTest),
            meanTop(kerasModel, digitsTest));
    System.out.printf("tuned:       test loss %.3f, mean top probability %.3f%n", tunedModel.loss(digitsTest),
            meanTop(tunedModel, digitsTest));
} else skipped("the chart of the two runs");

//STEP Which digits get confused?
// The confusion matrix of the tuned model (lesson 6), its report, and the four most frequent mistakes. Expect
// pairs like 4 and 9, 3 and 5, 7 and 9, 2 and 8: shapes that differ by a stroke or two.
ConfusionMatrix digitCm = null;
int[] digitPred = null;
if (haveMnist) {
    digitPred = tunedModel.predict(digitsTest.x());
    digitCm = ConfusionMatrix.of(digitsTest.y(), digitPred, Mnist.CLASS_NAMES);
    Charts.confusion("mnist-confusion", digitCm);
    System.out.println(digitCm.report().toTable().printAll());
    int[][] dc = digitCm.counts();
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < 10; a++) for (int p = 0; p < 10; p++) if (a != p) pairs.add(new int[] {a, p, dc[a][p]});
    pairs.sort((u, v) -> v[2] - u[2]);
    for (int[] q : pairs.subList(0, 4)) System.out.printf("a %d read as %d: %d times%n", q[0], q[1], q[2]);
} else skipped("the confusion matrix");

//STEP The mistakes
// The first sixteen test digits the tuned model got wrong, titled with the true and the predicted label (in red).
// Some are hard even for us; many are not — a single-layer model only weighs pixels, it does not see strokes.
if (haveMnist) {
    int[] finalPred = digitPred;
    int[] wrong = java.util.stream.IntStream.range(0,
            digitsTest.size()).filter(i -> finalPred[i] != digitsTest.y()[i]).limit(16).toArray();
    Charts.images("mnist-mistakes", digitsTest, wrong, digitPred);
} else skipped("the pictures of the mistakes");

//STEP Data for the exercises
// The next two exercises are about the digits: how their bytes become numbers, and how far a model with no
// training at all gets on them. MNIST and Fashion-MNIST share the IDX format, so the byte exercise checks itself
// on the shipped Fashion-MNIST bytes; the template exercise uses the digits when they are here, else the clothes.
Dataset fashion = FashionMnist.train().first(Course.pick(6_000, 3_000));
ImageSet fashionRaw = FashionMnist.trainImages();
Dataset templateTrain = haveMnist ? digits : fashion;
Dataset templateTest = haveMnist ? digitsTest.first(1_000) : FashionMnist.test().first(1_000);
System.out.println("raw images " + Arrays.toString(fashionRaw.shape()) + "; templates from " + templateTrain.size()
        + (haveMnist ? " MNIST digits" : " Fashion-MNIST images (no MNIST files)"));

//EXERCISE normalise: From bytes to [0, 1]
// IDX files store each pixel as one **unsigned** byte, 0..255. Java's `byte` is **signed**: it holds −128..127, so
// the pixel 200 reads as −56. Write `normalise(raw, n, d)`: an n×d matrix whose entry (i, j) is pixel `raw[i·d + j]`,
// read as unsigned and divided by 255, so every value lies in [0, 1].
//TODO return an n×d DMatrixRMaj with (raw[i*d + j] & 0xFF) / 255.0 at (i, j)
//HINT A negative byte is a pixel of 128 or more: which bits of the byte hold its value, whatever the sign says?
//HINT `b & 0xFF` keeps the low 8 bits as an int 0..255; `m.data` holds a matrix row by row, so one loop is enough.
DMatrixRMaj normalise(byte[] raw, int n, int d) {
    //SOLUTION
    DMatrixRMaj m = new DMatrixRMaj(n, d);
    for (int i = 0; i < n * d; i++) {
        m.data[i] = (raw[i] & 0xFF) / 255.0;
    }
    return m;
    //MISTAKE signed: divides the signed byte, so the pixel 200 becomes −56 / 255
    // DMatrixRMaj m = new DMatrixRMaj(n, d);
    // for (int i = 0; i < n * d; i++) m.data[i] = raw[i] / 255.0;
    // return m;
    //MISTAKE unscaled: reads the bytes right but forgets to divide by 255
    // DMatrixRMaj m = new DMatrixRMaj(n, d);
    // for (int i = 0; i < n * d; i++) m.data[i] = raw[i] & 0xFF;
    // return m;
    //MISTAKE column-major: puts byte i·d + j at entry (j, i) of the matrix, as if the file were stored by columns
    // DMatrixRMaj m = new DMatrixRMaj(n, d);
    // for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) m.set(i, j, (raw[j * n + i] & 0xFF) / 255.0);
    // return m;
    //END
}
//CHECK
DMatrixRMaj four = normalise(new byte[] {0, 127, (byte) 128, (byte) 255}, 2, 2);
Check.shape("normalise of 4 bytes as 2×2", four, 2, 2);
Check.close("normalise({0, 127, 128, 255})", new DMatrixRMaj(new double[][] {{0, 127 / 255.0}, {128 / 255.0, 1}}), four,
        1e-12);
byte[] firstTwo = new byte[2 * 784];
for (int i = 0; i < 2; i++) for (int r = 0; r < 28; r++) for (int c = 0; c < 28; c++) firstTwo[i * 784 + r * 28
        + c] = (byte) fashionRaw.pixel(i, r, c);
Check.close("normalise of the first two Fashion-MNIST images against the loaded Dataset", fashion.first(2).x(),
        normalise(firstTwo, 2, 784), 1e-12);

//EXERCISE class-means: The average image of each class
// A simple baseline before any training: the **mean image** of each class, a template. Write `classMeans(d)`: a
// k×784 matrix (k = `d.classes()`) whose row c is the average of the rows of `d.x()` with label c. A class with no
// images gets a row of zeros. The check then classifies images by their nearest template — no training at all.
//TODO return a k×d matrix whose row c is the mean of the rows of class c (zeros for a class with no rows)
//HINT A mean is a sum divided by a count, one of each per class: what do you need after one pass over the rows?
//HINT Add every row into the sum of its class and count it; then divide each class's sum by its own count.
//HINT A class with count 0 must stay zeros: 0 / 0 is NaN.
DMatrixRMaj classMeans(Dataset d) {
    //SOLUTION
    int k = d.classes(), f = d.features();
    DMatrixRMaj means = new DMatrixRMaj(k, f);
    int[] count = new int[k];
    for (int i = 0; i < d.size(); i++) {
        int c = d.y()[i];
        count[c]++;
        for (int j = 0; j < f; j++) means.data[c * f + j] += d.x().data[i * f + j];
    }
    for (int c = 0; c < k; c++) {
        for (int j = 0; j < f && count[c] > 0; j++) means.data[c * f + j] /= count[c];
    }
    return means;
    //MISTAKE divide-by-zero: divides every class by its count, so a class with no images becomes NaN
    // int k = d.classes(), f = d.features();
    // DMatrixRMaj means = new DMatrixRMaj(k, f);
    // int[] count = new int[k];
    // for (int i = 0; i < d.size(); i++) {
    //     count[d.y()[i]]++;
    //     for (int j = 0; j < f; j++) means.data[d.y()[i] * f + j] += d.x().data[i * f + j];
    // }
    // for (int c = 0; c < k; c++) for (int j = 0; j < f; j++) means.data[c * f + j] /= count[c];
    // return means;
    //MISTAKE divide-by-all: divides each class's sum by the number of all images instead of the class's own
    // int k = d.classes(), f = d.features();
    // DMatrixRMaj means = new DMatrixRMaj(k, f);
    // for (int i = 0; i < d.size(); i++)
    //     for (int j = 0; j < f; j++) means.data[d.y()[i] * f + j] += d.x().data[i * f + j] / d.size();
    // return means;
    //MISTAKE last-row: assigns instead of adding, so each class keeps only its last image
    // int k = d.classes(), f = d.features();
    // DMatrixRMaj means = new DMatrixRMaj(k, f);
    // for (int i = 0; i < d.size(); i++)
    //     for (int j = 0; j < f; j++) means.data[d.y()[i] * f + j] = d.x().data[i * f + j];
    // return means;
    //END
}
//CHECK
Dataset three = new Dataset(new DMatrixRMaj(new double[][] {{1, 0}, {3, 2}, {0, 5}}), new int[] {0, 0, 1},
        new String[] {"a", "b", "c"});
Check.close("classMeans of rows {1,0},{3,2} (class a), {0,5} (class b), no class c", new DMatrixRMaj(new double[][] {{2,
        1}, {0, 5}, {0, 0}}), classMeans(three), 1e-12);
DMatrixRMaj templates = classMeans(templateTrain);
Check.shape("classMeans(the training images)", templates, 10, 784);
Check.finite("classMeans(the training images)", templates);
double sumOfEights = 0;
int eights = 0;
for (int i = 0; i < templateTrain.size(); i++) {
    if (templateTrain.y()[i] == 8) {
        sumOfEights += templateTrain.x().get(i, 14 * 28 + 14);
        eights++;
    }
}
Check.close("the centre pixel of the mean image of class 8", sumOfEights / eights, templates.get(8, 14 * 28 + 14),
        1e-9);
int nearest(DMatrixRMaj means, DMatrixRMaj x, int i) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < means.numRows; c++) {
        double s = 0;
        for (int j = 0; j < x.numCols; j++) { double t = x.get(i, j) - means.get(c, j); s += t * t; }
        if (s < bestDistance) { bestDistance = s; best = c; }
    }
    return best;
}
int[] byTemplate = java.util.stream.IntStream.range(0, templateTest.size()).
        map(i -> nearest(templates, templateTest.x(), i)).toArray();
double templateAccuracy = Labels.accuracy(byTemplate, templateTest.y());
System.out.printf("nearest-template accuracy on %,d test images: %.4f (guessing: 0.10)%n", templateTest.size(),
        templateAccuracy);
Check.that(templateAccuracy > 0.5, "nearest-template accuracy is " + templateAccuracy
        + ", expected well above guessing (> 0.5)");

//STEP What to remember
// - MNIST and Fashion-MNIST share one format; the same code trains on both. Digits are the easier task.
// - Settings matter as much as the model: the Keras-style run made 300 small updates and stopped unfinished.
//   Count updates, not epochs, when you compare training runs.
// - A baseline without training (templates) tells you how much the training actually bought.
// - Choose settings on a validation split; the test set reports the chosen model once.
if (haveMnist) {
    System.out.printf("MNIST test accuracy: Keras-style %.4f (the Keras tutorial: 0.807), tuned %.4f, templates %.4f%n",
            kerasRun.last().testAccuracy(), tunedModel.accuracy(digitsTest), templateAccuracy);
} else skipped("the summary of the MNIST runs");
