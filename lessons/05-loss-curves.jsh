//LESSON Loss curves with XChart
// Training prints one line per epoch. A line of numbers is hard to read; a **curve** is easy. In this lesson we
// draw, with XChart:
//
// - the training and validation loss after every epoch,
// - the accuracy after every epoch,
// - three learning rates on one chart,
// - what **under-fitting** and **over-fitting** look like,
//
// and you write the two little functions behind **early stopping**. The model is the softmax regression of
// lesson 3; this lesson loads the data and trains it itself, so you can start here.

//STEP Imports and settings
// The data, the model, the charts and the checks. `Course.pick(full, quick)` chooses sizes: quick mode
// (`-Dshellbook.quick=true`) uses fewer images and epochs so that the lesson runs in seconds.
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;
import org.ejml.data.DMatrixRMaj;
import java.util.*;
int rows = Course.pick(60_000, 7_500);
int epochs = Course.pick(15, 4);
System.out.printf("using %,d of the 60,000 training images, %d epochs%n", rows, epochs);

//STEP A validation set
// To see whether the model *generalises* we need images it never trains on. We keep the test set for the very
// end and cut a **validation set** out of the training images instead: 20% of them, **stratified** (each class
// keeps its share in both parts), with a fixed seed so that every run gets the same split.
Split.Parts parts = Split.stratified(FashionMnist.train().first(rows), 0.2, 42);   // copies; the loaded set is not kept
Split split = parts.split();
Dataset trainSet = parts.train(), validSet = parts.validation();
System.out.println("train " + trainSet + "\nvalidation " + validSet);

//STEP Measuring after every epoch
// The loss that `fit` prints is a running mean over the epoch's batches, each taken *before* that batch's update,
// so it lags behind the model. For clean curves we measure both sets with the weights as they are at the **end** of
// each epoch. `Sgd.listener` calls us after every epoch; `Curves` keeps the four numbers per epoch.
record Curves(String name, double[] trainLoss, double[] validLoss, double[] trainAcc, double[] validAcc) {}
double[] lossAndAccuracy(SoftmaxRegression m, Dataset d) {
    DMatrixRMaj z = m.logits(d.x());
    return new double[] {Losses.crossEntropyFromLogits(z, d.y()), Labels.accuracy(Labels.argmaxRows(z), d.y())};
}
Curves train(String name, Dataset tr, Dataset va, double lr, int batch, int epochs, boolean print) {
    SoftmaxRegression m = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
    List<double[]> rows = new ArrayList<>();
    m.fit(tr, null, Sgd.lr(lr).batch(batch).epochs(epochs).seed(42).quiet().listener(s -> {
        double[] t = lossAndAccuracy(m, tr), v = lossAndAccuracy(m, va);
        rows.add(new double[] {t[0], v[0], t[1], v[1]});
        if (print) System.out.printf("%s, epoch %2d: train loss %.4f, val loss %.4f, train acc %.3f, val acc %.3f%n",
                name, s.epoch(), t[0], v[0], t[1], v[1]);
    }));
    return new Curves(name, rows.stream().mapToDouble(r -> r[0]).toArray(),
            rows.stream().mapToDouble(r -> r[1]).toArray(),
            rows.stream().mapToDouble(r -> r[2]).toArray(), rows.stream().mapToDouble(r -> r[3]).toArray());
}
double[] epochAxis(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).asDoubleStream().toArray();
}

//STEP Train once, measure every epoch
// Learning rate 0.1, batches of 256, seed 42: the settings of lesson 3. Watch the two losses go down together.
Curves base = train("lr 0.1", trainSet, validSet, 0.1, 256, epochs, true);

//STEP The loss curves
// `Charts.lines` draws any series over a shared x axis: here epochs 1, 2, … and the two losses. Both fall fast
// at first and then flatten: each epoch buys less than the one before. The validation loss sits a little above
// the training loss — the model knows its training images slightly better than new ones — and the gap stays
// small: this model is not over-fitting.
Map<String, double[]> lossSeries = new LinkedHashMap<>();
lossSeries.put("train loss", base.trainLoss());
lossSeries.put("validation loss", base.validLoss());
Charts.lines("loss-curves", "Softmax regression, lr 0.1: loss per epoch", "epoch", "cross-entropy loss",
        epochAxis(epochs), lossSeries);

//STEP Accuracy per epoch
// Accuracy is what we care about in the end, loss is what the model optimises. They move together but not in
// lock-step: accuracy only changes when an image crosses from one class to another, the loss changes with every
// probability. Read the last point: that is the validation accuracy you would report.
Map<String, double[]> accSeries = new LinkedHashMap<>();
accSeries.put("train accuracy", base.trainAcc());
accSeries.put("validation accuracy", base.validAcc());
Charts.lines("accuracy-curves", "Softmax regression, lr 0.1: accuracy per epoch", "epoch", "accuracy",
        epochAxis(epochs), accSeries);
System.out.printf("after %d epochs: train acc %.4f, validation acc %.4f%n", epochs, base.trainAcc()[epochs - 1],
        base.validAcc()[epochs - 1]);

//STEP Three learning rates
// The learning rate η scales every step: W ← W − η·∂L/∂W. Too small and the model crawls; too large and each
// step overshoots, so the loss jumps around instead of settling. We train the same model with η = 0.001, 0.1
// and 1.0 (same seed, same batches) and keep the curves.
Curves slow = train("lr 0.001", trainSet, validSet, 0.001, 256, epochs, false);
Curves fast = train("lr 1.0", trainSet, validSet, 1.0, 256, epochs, false);
for (Curves c : List.of(slow, base, fast))
    System.out.printf("%-9s final train loss %.4f, val loss %.4f, val acc %.3f%n", c.name(), c.trainLoss()[epochs - 1],
            c.validLoss()[epochs - 1], c.validAcc()[epochs - 1]);

//STEP Three learning rates on one chart
// One chart, three validation-loss curves. η = 0.001 is barely moving: after all these epochs it is still far
// above where η = 0.1 was after a single one. η = 1.0 is high and zig-zags: its steps are so big that they jump
// across the valley instead of going down into it.
// The good learning rate is the one whose curve is low *and* smooth.
Map<String, double[]> lrSeries = new LinkedHashMap<>();
for (Curves c : List.of(slow, base, fast)) lrSeries.put(c.name() + " validation", c.validLoss());
Charts.lines("learning-rates", "Validation loss for three learning rates", "epoch", "cross-entropy loss",
        epochAxis(epochs), lrSeries);

//STEP Under-fitting
// A model **under-fits** when it has not learned what it could: training and validation loss are both high and
// close together. The η = 0.001 run is the textbook picture. The cure is more learning — more epochs, a better
// learning rate, or a bigger model (lesson 7) — not less.
System.out.printf("lr 0.001: train loss %.4f, val loss %.4f, gap %.4f  (lr 0.1: %.4f, %.4f)%n",
        slow.trainLoss()[epochs - 1], slow.validLoss()[epochs - 1],
        slow.validLoss()[epochs - 1] - slow.trainLoss()[epochs - 1],
        base.trainLoss()[epochs - 1], base.validLoss()[epochs - 1]);

//STEP Over-fitting
// A model **over-fits** when it learns its training images by heart, noise included. With 60,000 images a
// softmax regression (7,850 parameters) has no room to do that, so we make it easy: only **200** training
// images (quick mode: 100), all of them in every step (one full batch per epoch), a small learning rate of 0.07
// and many epochs (validation on 2,000 images; quick mode 500). Full batches and a small rate make every step go
// downhill on the training loss, so both curves are smooth. The training loss keeps falling towards zero; the
// validation loss falls, bottoms out and then *rises*, slowly and steadily: from there on every epoch makes the
// model worse on new images.
Dataset tiny = trainSet.first(Course.pick(200, 100));
int longEpochs = Course.pick(1000, 600);
Curves overfit = train(tiny.size() + " images", tiny, validSet.first(Course.pick(2000, 500)), 0.07, tiny.size(),
        longEpochs, false);
Map<String, double[]> overSeries = new LinkedHashMap<>();
overSeries.put("train loss (" + tiny.size() + " images)", overfit.trainLoss());
overSeries.put("validation loss", overfit.validLoss());
Charts.lines("overfitting", "Over-fitting: " + tiny.size() + " training images, full batches, lr 0.07", "epoch",
        "cross-entropy loss", epochAxis(longEpochs), overSeries);

//STEP Where it turned
// The lowest validation loss marks the best moment to stop. After it the two curves part ways: the training loss
// keeps going down, the validation loss goes up. That widening gap is the signature of over-fitting.
int lowest = 0;
for (int e = 1; e < longEpochs; e++) if (overfit.validLoss()[e] < overfit.validLoss()[lowest]) lowest = e;
System.out.printf("lowest validation loss %.4f at epoch %d; at epoch %d: train loss %.4f, validation loss %.4f%n",
        overfit.validLoss()[lowest], lowest + 1, longEpochs, overfit.trainLoss()[longEpochs - 1],
        overfit.validLoss()[longEpochs - 1]);

//EXERCISE best-epoch: The best epoch
// **Early stopping** keeps the weights of the epoch with the lowest validation loss. Write `bestEpoch(losses)`:
// given the validation loss of epochs 1, 2, …, return the **epoch number** (counting from 1) of the lowest one.
// On a tie the earliest epoch wins — it got there with fewer updates.
//TODO return the 1-based epoch of the smallest validation loss; the earliest on a tie
//HINT Keep the position of the best value so far; which comparison lets an equal later loss leave it where it is?
//HINT Arrays count from 0 and epochs from 1: mind what you return.
int bestEpoch(double[] validationLoss) {
    //SOLUTION
    int best = 0;
    for (int e = 1; e < validationLoss.length; e++) {
        if (validationLoss[e] < validationLoss[best]) best = e;
    }
    return best + 1;
    //MISTAKE zero-based: returns the array index, one less than the epoch number
    // int best = 0;
    // for (int e = 1; e < validationLoss.length; e++) if (validationLoss[e] < validationLoss[best]) best = e;
    // return best;
    //MISTAKE last-on-tie: replaces the best on an equal loss, so a tie goes to the later epoch
    // int best = 0;
    // for (int e = 1; e < validationLoss.length; e++) if (validationLoss[e] <= validationLoss[best]) best = e;
    // return best + 1;
    //MISTAKE highest: keeps the largest loss instead of the smallest
    // int best = 0;
    // for (int e = 1; e < validationLoss.length; e++) if (validationLoss[e] > validationLoss[best]) best = e;
    // return best + 1;
    //MISTAKE first-drop: stops at the first epoch whose loss rises, which is a noise dip in a wobbly curve
    // for (int e = 1; e < validationLoss.length; e++) if (validationLoss[e] > validationLoss[e - 1]) return e;
    // return validationLoss.length;
    //END
}
//CHECK
Check.equal("bestEpoch([0.9, 0.7, 0.6, 0.65, 0.8])", 3, bestEpoch(new double[] {0.9, 0.7, 0.6, 0.65, 0.8}));
Check.equal("bestEpoch of a loss that keeps falling, [0.9, 0.8, 0.7]", 3, bestEpoch(new double[] {0.9, 0.8, 0.7}));
Check.equal("bestEpoch([0.5]) (one epoch)", 1, bestEpoch(new double[] {0.5}));
Check.equal("bestEpoch([0.9, 0.7, 0.75, 0.6, 0.8]) (a bump before the lowest)", 4,
        bestEpoch(new double[] {0.9, 0.7, 0.75, 0.6, 0.8}));
Check.equal("bestEpoch([0.8, 0.6, 0.6, 0.7]) (a tie: the earliest wins)", 2, bestEpoch(new double[] {0.8, 0.6, 0.6,
        0.7}));
Check.equal("bestEpoch of the over-fitting run", lowest + 1, bestEpoch(overfit.validLoss()));

//EXERCISE early-stop: When to stop
// We cannot see the future, so we cannot know the best epoch while training. Early stopping with **patience p**
// stops as soon as p epochs in a row have not beaten the best validation loss so far. Write
// `stopEpoch(losses, patience)`: the epoch (from 1) at which training stops, or `losses.length` if it never does.
// Example, patience 2, losses 0.9, 0.7, 0.75, 0.72, 0.6: epochs 3 and 4 are no better than 0.7 — stop at 4.
//TODO return the 1-based epoch after which `patience` epochs in a row did not improve on the best loss so far
//HINT Walk through the epochs keeping two numbers: the best loss so far and how many epochs since it improved.
//HINT Compare with the best so far, not with the epoch before; an equal loss is not an improvement.
//HINT Reset the count on an improvement, add one otherwise; the epoch you return counts from 1.
int stopEpoch(double[] validationLoss, int patience) {
    //SOLUTION
    double best = Double.POSITIVE_INFINITY;
    int waited = 0;
    for (int e = 0; e < validationLoss.length; e++) {
        if (validationLoss[e] < best) {
            best = validationLoss[e];
            waited = 0;
        } else if (++waited >= patience) {
            return e + 1;
        }
    }
    return validationLoss.length;
    //MISTAKE equal-is-better: counts an equal loss as an improvement
    // double best = Double.POSITIVE_INFINITY;
    // int waited = 0;
    // for (int e = 0; e < validationLoss.length; e++) {
    //     if (validationLoss[e] <= best) { best = validationLoss[e]; waited = 0; }
    //     else if (++waited >= patience) return e + 1;
    // }
    // return validationLoss.length;
    //MISTAKE zero-based: returns the index of the epoch, one less than its number
    // double best = Double.POSITIVE_INFINITY;
    // int waited = 0;
    // for (int e = 0; e < validationLoss.length; e++) {
    //     if (validationLoss[e] < best) { best = validationLoss[e]; waited = 0; }
    //     else if (++waited >= patience) return e;
    // }
    // return validationLoss.length;
    //MISTAKE previous-epoch: compares each loss with the epoch before instead of the best so far
    // int waited = 0;
    // for (int e = 1; e < validationLoss.length; e++) {
    //     if (validationLoss[e] < validationLoss[e - 1]) waited = 0;
    //     else if (++waited >= patience) return e + 1;
    // }
    // return validationLoss.length;
    //END
}
//CHECK
double[] example = {0.9, 0.7, 0.75, 0.72, 0.6};
Check.equal("stopEpoch([0.9, 0.7, 0.75, 0.72, 0.6], patience 2)", 4, stopEpoch(example, 2));
Check.equal("stopEpoch(same losses, patience 3) (never waits 3 epochs)", 5, stopEpoch(example, 3));
Check.equal("stopEpoch([0.9, 0.8, 0.7, 0.6], patience 1) (always improving)", 4, stopEpoch(new double[] {0.9, 0.8, 0.7,
        0.6}, 1));
Check.equal("stopEpoch([0.5, 0.5, 0.5], patience 1) (equal is not better)", 2, stopEpoch(new double[] {0.5, 0.5, 0.5},
        1));
Check.equal("stopEpoch of the over-fitting run with patience longer than the run", longEpochs,
        stopEpoch(overfit.validLoss(), longEpochs));
int stop = stopEpoch(overfit.validLoss(), 5);
Check.that(stop <= Math.min(longEpochs, lowest + 6), "stopEpoch(over-fitting run, patience 5) is " + stop
        + ", expected at most " + Math.min(longEpochs, lowest + 6) + ": the best epoch is " + (lowest
                + 1) + " and nothing beats it after");

//STEP Choosing on validation, reporting on test
// Every choice in this lesson (the learning rate, the epoch to stop at) was made by looking at the validation
// set. That is its job: it is used up by the choosing, so its accuracy is a little optimistic. The test set gives
// the honest number only if no choice ever looked at it, so we look at it **once**, at the very end, with the
// settings already fixed. Two of this course's sources, the TensorFlow lecture of lesson 8 among them, pass the
// test set to training as its validation data or pick settings by test accuracy; their test numbers are then
// validation numbers, and a little too good.
List<Curves> candidates = List.of(slow, base, fast);
double[] candidateRates = {0.001, 0.1, 1.0};
int chosen = 0;
for (int i = 1; i < 3; i++) {
    if (candidates.get(i).validLoss()[epochs - 1] < candidates.get(chosen).validLoss()[epochs - 1]) chosen = i;
}
SoftmaxRegression finalModel = new SoftmaxRegression(784, 10).initNormal(0.01, 42);
finalModel.fit(trainSet, null, Sgd.lr(candidateRates[chosen]).batch(256).epochs(epochs).seed(42).quiet());
Dataset testSet = FashionMnist.test().first(Course.pick(10_000, 1_000));
System.out.printf("chosen by validation loss: lr %s; validation accuracy %.3f; test accuracy (looked at once) %.3f%n",
        candidateRates[chosen], finalModel.accuracy(validSet), finalModel.accuracy(testSet));

//STEP What to remember
// - Plot train **and** validation loss per epoch: the pair tells you more than either alone.
// - Both high and close: under-fitting. Train falling, validation rising: over-fitting.
// - The learning rate shows in the shape: a flat crawl is too small, a zig-zag is too large.
// - Early stopping picks the epoch with the lowest validation loss; patience decides how long to wait for it.
// - Choose everything on the validation set; look at the test set once, at the end.
//
// Lesson 6 asks a different question: not *how much* the model errs, but *how*.
System.out.printf("lr 0.1 run: best epoch by validation loss %d of %d (%.4f)%n",
        java.util.stream.IntStream.range(0,
                epochs).boxed().min(Comparator.comparingDouble(e -> base.validLoss()[e])).get() + 1,
        epochs, Arrays.stream(base.validLoss()).min().getAsDouble());
