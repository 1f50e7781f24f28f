//LESSON Deeper networks
// Lesson 7 added one hidden layer. Here we stack more, the way the TensorFlow lecture this lesson follows does,
// and ask what each choice buys: ReLU or sigmoid in the hidden layers, Adam or plain SGD, scaled or raw pixels,
// and two or five hidden layers of 500 units. You count every layer's parameters yourself first.
//
// The networks are the library's `Network` (any depth, dense layers, a softmax output, Glorot-uniform
// initialisation as Keras does it, SGD or Adam). Its backpropagation is the chain rule of lesson 7, layer by layer.
// The lecture's printed numbers appear beside ours. Full mode uses the lecture's settings (Adam, learning rate
// 1e-3, batches of 32) and all 60,000 training images for the one-epoch comparisons. The two networks with 500-unit
// layers are where the time goes: the lecture trained them on all 60,000 images (it does not print for how many
// epochs); we train them on the first 10,000 for 20 epochs, in float32 as Keras computes. (On all 60,000 in
// float64, this lesson had not finished after 20 minutes.) Quick mode trains on a few thousand images for an epoch
// or two.

//STEP The tools we use
import java.util.*;
import org.ejml.data.DMatrixRMaj;
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.*;
import dev.shellbook.ml.Network.Activation;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;
Dataset train = FashionMnist.train().first(Course.pick(60_000, 3_000));
Dataset test = FashionMnist.test().first(Course.pick(10_000, 1_000));
int bigEpochs = Course.pick(20, 2);
Dataset bigTrain = train.first(Course.pick(10_000, 1_000));
System.out.printf("train %s, test %s; the 500-unit networks: %,d images, %d epochs%n", train, test, bigTrain.size(),
        bigEpochs);

//STEP Three networks and their parameters
// `summary()` prints one row per layer, like Keras' `model.summary()`: its output shape and its parameters. A
// dense layer from a units to b units has a·b weights and b biases. The lecture's tables: 784→30→10 has
// 23,550 + 310 parameters; 784→500→500→10 has 392,500 + 250,500 + 5,010 = 648,010; five hidden layers of 500
// have 1,399,510. The two big networks compute their products in float32, as Keras does (`.float32(true)`: half
// the memory traffic, twice the numbers per vector instruction); their weights and Adam's state stay in float64.
Network small = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
Network wide = Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10).
        glorotUniform(42).float32(true).build();
NetworkBuilder fiveLayers = Network.input(784);
for (int i = 0; i < 5; i++) fiveLayers.dense(500, Activation.RELU);
Network deep = fiveLayers.softmax(10).glorotUniform(42).float32(true).build();
System.out.println(small.summary().printAll());
System.out.println(wide.summary().printAll());
System.out.printf("parameters: %,d, %,d and %,d (the lecture: 23,860, 648,010 and 1,399,510)%n",
        small.parameterCount(), wide.parameterCount(), deep.parameterCount());

//EXERCISE param-count: Counting parameters, layer by layer
// Write `layerParameters(sizes...)`: for a network with the given layer sizes, input first, return one count per
// dense layer: the weights and biases from layer i − 1 to layer i. `layerParameters(784, 30, 10)` is
// {23,550, 310}. The counts get large fast, so they are `long`s.
//TODO return a long[] with one entry per dense layer: a·b weights plus b biases for consecutive sizes (a, b)
//HINT A network with n sizes has n − 1 dense layers; which two sizes does layer i connect?
//HINT Each unit of the layer has one weight per unit of the layer before it, and one bias of its own.
//HINT 100,000 × 100,000 is more than an int holds: make one factor a long before you multiply.
long[] layerParameters(int... sizes) {
    //SOLUTION
    long[] counts = new long[Math.max(0, sizes.length - 1)];
    for (int i = 1; i < sizes.length; i++) {
        // a·b weights + b biases, for a = sizes[i − 1], b = sizes[i]
        counts[i - 1] = (long) sizes[i - 1] * sizes[i] + sizes[i];
    }
    return counts;
    //MISTAKE no-bias: counts the weights a·b and forgets the b biases
    // long[] counts = new long[Math.max(0, sizes.length - 1)];
    // for (int i = 1; i < sizes.length; i++) counts[i - 1] = (long) sizes[i - 1] * sizes[i];
    // return counts;
    //MISTAKE bias-of-input: gives each layer one bias per *input* unit instead of per unit of its own
    // long[] counts = new long[Math.max(0, sizes.length - 1)];
    // for (int i = 1; i < sizes.length; i++) counts[i - 1] = (long) sizes[i - 1] * sizes[i] + sizes[i - 1];
    // return counts;
    //MISTAKE int-overflow: multiplies two ints, which wraps around past 2,147,483,647
    // long[] counts = new long[Math.max(0, sizes.length - 1)];
    // for (int i = 1; i < sizes.length; i++) counts[i - 1] = sizes[i - 1] * sizes[i] + sizes[i];
    // return counts;
    //MISTAKE input-as-layer: counts the input as a layer too, with 0 inputs before it
    // long[] counts = new long[sizes.length];
    // counts[0] = sizes[0];
    // for (int i = 1; i < sizes.length; i++) counts[i] = (long) sizes[i - 1] * sizes[i] + sizes[i];
    // return counts;
    //END
}
//CHECK
Check.equal("layerParameters(784, 30, 10)", List.of(23_550L, 310L),
        Arrays.stream(layerParameters(784, 30, 10)).boxed().toList());
Check.equal("layerParameters(784, 500, 500, 10)", List.of(392_500L, 250_500L, 5_010L),
        Arrays.stream(layerParameters(784, 500, 500, 10)).boxed().toList());
Check.equal("the sum of layerParameters(784, 500, 500, 500, 500, 500, 10)", 1_399_510L,
        Arrays.stream(layerParameters(784, 500, 500, 500, 500, 500, 10)).sum());
Check.equal("layerParameters(100000, 100000) (needs long)", List.of(10_000_100_000L),
        Arrays.stream(layerParameters(100_000, 100_000)).boxed().toList());
Check.equal("layerParameters(784) (no layer to connect)", 0, layerParameters(784).length);

//STEP ReLU or sigmoid in the hidden layer?
// The same 784 → 30 → 10 network twice, once with ReLU, relu(z) = max(0, z), once with the sigmoid of lesson 7;
// same seed, Adam, one epoch. The sigmoid's slope is at most 0.25 and nearly 0 for large |z|, so the error sent back
// through it shrinks; ReLU passes it on unchanged wherever z > 0. Which learns more in one epoch here?
String ahead(String a, double x, String b, double y) {
    return x == y ? "a tie" : (x > y ? a : b) + " ahead by " + String.format("%.3f", Math.abs(x - y));
}
Sgd adam = Sgd.adam(1e-3).batch(32).epochs(1).seed(42).quiet();
Network reluNet = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
Network sigmoidNet = Network.input(784).dense(30, Activation.SIGMOID).softmax(10).glorotUniform(42).build();
History reluRun = reluNet.fit(train, null, adam);
sigmoidNet.fit(train, null, adam);
System.out.printf("after 1 epoch: ReLU test accuracy %.4f, sigmoid %.4f: %s%n", reluNet.accuracy(test),
        sigmoidNet.accuracy(test), ahead("ReLU", reluNet.accuracy(test), "sigmoid", sigmoidNet.accuracy(test)));

//STEP Adam or plain SGD?
// Plain SGD moves every weight by lr times its gradient. Adam keeps, per weight, a running mean of the gradient
// and of its square, and steps by their ratio: weights with small, steady gradients get larger steps, noisy ones
// smaller. The same ReLU network, one epoch each: Adam with its usual 1e-3, SGD with 1e-3 and with 0.1.
Network sgdSmall = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
Network sgdLarge = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
sgdSmall.fit(train, null, Sgd.lr(1e-3).batch(32).epochs(1).seed(42).quiet());
sgdLarge.fit(train, null, Sgd.lr(0.1).batch(32).epochs(1).seed(42).quiet());
System.out.printf("after 1 epoch: Adam 1e-3 %.4f, SGD 1e-3 %.4f, SGD 0.1 %.4f test accuracy%n", reluNet.accuracy(test),
        sgdSmall.accuracy(test), sgdLarge.accuracy(test));
System.out.println("at the same rate 1e-3: " + ahead("Adam", reluNet.accuracy(test), "SGD", sgdSmall.accuracy(test))
        + "; Adam 1e-3 against SGD 0.1: " + ahead("Adam", reluNet.accuracy(test), "SGD", sgdLarge.accuracy(test)));

//STEP Raw pixels: 0–255 instead of 0–1
// The lecture's first network was trained on the raw pixels, 0 to 255. Its printed loss after epoch 1 was 32.57
// and its test accuracy 0.593. With inputs 255 times larger every first-layer score is 255 times larger too, so
// the initial logits are huge, softmax is sure of itself and wrong, and Adam's first steps go into undoing that.
// (`raw(d)` is a view, `d.map(f)`: nothing is copied, and training reads each batch's rows through f, so the
// 60,000 raw images never exist as a 376 MB matrix. A view's `x()` computes its whole matrix once, when first
// asked: scoring `rawTest` below does, for 10,000 images.)
Dataset raw(Dataset d) {
    return d.map(v -> Math.round(255 * v));   // pixel = round(255 · scaled), one value at a time as rows are read
}
Dataset rawTest = raw(test);
Network rawNet = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
History rawRun = rawNet.fit(raw(train), null, adam);
System.out.printf("raw 0–255:  loss after epoch 1 %.2f, test accuracy %.4f   (the lecture: 32.57 and 0.593)%n",
        rawRun.last().loss(), rawNet.accuracy(rawTest));
System.out.printf("scaled 0–1: loss after epoch 1 %.2f, test accuracy %.4f (the ReLU network above)%n",
        reluRun.last().loss(),
        reluNet.accuracy(test));

//STEP Trained on 0–1, tested on 0–255
// A quieter version of the same mistake is in one of the sources: a model trained on pixels divided by 255 is
// tested on images that were not divided. Nothing crashes. A ReLU layer grows along with its input
// (relu(255·z) = 255·relu(z)), so the largest logit often stays the largest and the accuracy can look close to
// right; but every logit is now about 255 times too big, and the probabilities are absurdly sure of themselves.
// The loss shows it. The test images must go through exactly the preprocessing the training images went through.
System.out.printf("ReLU network trained on 0–1, tested on 0–1 images:   accuracy %.4f, loss %.3f%n",
        reluNet.accuracy(test), reluNet.loss(test));
System.out.printf("the same network, tested on 0–255 images:           accuracy %.4f, loss %.3f%n",
        reluNet.accuracy(rawTest), reluNet.loss(rawTest));

//EXERCISE scale-both: Scale the test set with the training set's numbers
// The cure for the mismatch above is a rule: preprocessing is *fitted* on the training set only and then applied
// unchanged to every other set. Write `scaleBoth(train, test)`: min-max scaling, x' = (x − lo) / (hi − lo), where lo
// and hi are the smallest and largest entries of the *training* matrix. Return the two scaled matrices as new
// matrices, {train', test'}; leave both inputs as they were. A test value outside the training range is not
// clipped: it simply lands outside [0, 1].
//TODO return {scaled train, scaled test}, both with lo and hi taken from the training matrix; change neither input
//HINT Which set may the scaling look at? Everything you compute lo and hi from must be training data.
//HINT `CommonOps_DDRM.elementMin` and `elementMax` give lo and hi; then one loop per matrix over copies of the data.
//HINT The test set's own largest value must play no part: a test image brighter than any training image gives x' > 1.
DMatrixRMaj[] scaleBoth(DMatrixRMaj train, DMatrixRMaj test) {
    //SOLUTION
    double lo = org.ejml.dense.row.CommonOps_DDRM.elementMin(train);
    double hi = org.ejml.dense.row.CommonOps_DDRM.elementMax(train);
    DMatrixRMaj a = train.copy(), b = test.copy();
    for (DMatrixRMaj m : List.of(a, b)) {
        // x' = (x − lo) / (hi − lo), lo and hi from the training set
        for (int i = 0; i < m.data.length; i++) m.data[i] = (m.data[i] - lo) / (hi - lo);
    }
    return new DMatrixRMaj[] {a, b};
    //MISTAKE test-own-range: scales the test set by its own smallest and largest values
    // DMatrixRMaj[] out = new DMatrixRMaj[2];
    // DMatrixRMaj[] in = {train, test};
    // for (int k = 0; k < 2; k++) {
    //     double lo = org.ejml.dense.row.CommonOps_DDRM.elementMin(in[k]);
    //     double hi = org.ejml.dense.row.CommonOps_DDRM.elementMax(in[k]);
    //     out[k] = in[k].copy();
    //     for (int i = 0; i < out[k].data.length; i++) out[k].data[i] = (out[k].data[i] - lo) / (hi - lo);
    // }
    // return out;
    //MISTAKE in-place: scales the caller's matrices themselves and returns them
    // double lo = org.ejml.dense.row.CommonOps_DDRM.elementMin(train);
    // double hi = org.ejml.dense.row.CommonOps_DDRM.elementMax(train);
    // for (DMatrixRMaj m : List.of(train, test))
    //     for (int i = 0; i < m.data.length; i++) m.data[i] = (m.data[i] - lo) / (hi - lo);
    // return new DMatrixRMaj[] {train, test};
    //MISTAKE no-min: divides by the largest value and forgets to subtract the smallest
    // double hi = org.ejml.dense.row.CommonOps_DDRM.elementMax(train);
    // DMatrixRMaj a = train.copy(), b = test.copy();
    // for (DMatrixRMaj m : List.of(a, b)) for (int i = 0; i < m.data.length; i++) m.data[i] = m.data[i] / hi;
    // return new DMatrixRMaj[] {a, b};
    //MISTAKE clipped: clips the scaled test values to [0, 1], hiding that they lie outside the training range
    // double lo = org.ejml.dense.row.CommonOps_DDRM.elementMin(train);
    // double hi = org.ejml.dense.row.CommonOps_DDRM.elementMax(train);
    // DMatrixRMaj a = train.copy(), b = test.copy();
    // for (DMatrixRMaj m : List.of(a, b))
    //     for (int i = 0; i < m.data.length; i++) m.data[i] = Math.min(1, Math.max(0, (m.data[i] - lo) / (hi - lo)));
    // return new DMatrixRMaj[] {a, b};
    //END
}
//CHECK
DMatrixRMaj smallTrain = new DMatrixRMaj(new double[][] {{10, 20}, {30, 50}});
DMatrixRMaj smallTest = new DMatrixRMaj(new double[][] {{20, 90}, {40, 30}});
DMatrixRMaj smallTrainBefore = smallTrain.copy(), smallTestBefore = smallTest.copy();
DMatrixRMaj[] scaled = scaleBoth(smallTrain, smallTest);
Check.unchanged("scaleBoth(train, test)", "train", smallTrainBefore, smallTrain);
Check.unchanged("scaleBoth(train, test)", "test", smallTestBefore, smallTest);
Check.that(scaled != null && scaled.length == 2, "scaleBoth must return two matrices, {train', test'}");
Check.close("scaled train ([[10, 20], [30, 50]], lo 10, hi 50)", new DMatrixRMaj(new double[][] {{0, 0.25}, {0.5, 1}}),
        scaled[0], 1e-12);
Check.close("scaled test ([[20, 90], [40, 30]] with the training set's lo 10 and hi 50)",
        new DMatrixRMaj(new double[][] {{0.25, 2}, {0.75, 0.5}}), scaled[1], 1e-12);
Check.close("scaleBoth(raw training pixels, raw test pixels)[1] against the test set scaled by 255", test.x(),
        scaleBoth(raw(bigTrain).x(), rawTest.x())[1], 1e-12);   // not kept: the two scaled copies hold 126 MB

//STEP Two hidden layers of 500: over-fitting
// 648,010 parameters. The lecture trained it on 60,000 images and printed a train accuracy of 0.961 against a test
// accuracy of 0.862: the network has learned its training images far better than it can tell new ones. We train
// it with the lecture's settings on 10,000 images (quick mode: 1,000), 20 epochs (quick: 2), and measure both on
// the final weights; the gap between the two is what to compare with the lecture's.
History wideRun = wide.fit(bigTrain, null, Sgd.adam(1e-3).batch(32).epochs(bigEpochs).seed(42).quiet());
double wideTrain = wide.accuracy(bigTrain), wideTest = wide.accuracy(test);
System.out.printf("784-500-500-10 after %d epochs: train accuracy %.4f, test %.4f, gap %.4f%n", bigEpochs, wideTrain,
        wideTest, wideTrain - wideTest);
System.out.println("the lecture: train accuracy 0.961, test 0.862");

//STEP Five hidden layers of 500: depth alone does not help
// 1,399,510 parameters, more than twice as many, trained on the same images for as many epochs. The lecture's test
// accuracy: 0.8596, no better than two layers' 0.862. More layers give more ways to fit the training images, not
// more information about new ones.
deep.fit(bigTrain, null, Sgd.adam(1e-3).batch(32).epochs(bigEpochs).seed(42).quiet());
System.out.printf("five layers of 500 after %d epochs: train accuracy %.4f, test %.4f   (the lecture: test 0.8596)%n",
        bigEpochs, deep.accuracy(bigTrain), deep.accuracy(test));
System.out.println("two layers against five, on the test set: " + ahead("two layers", wideTest, "five layers",
        deep.accuracy(test)));

//STEP What to remember
// - A dense layer from a to b units has a·b + b parameters; summaries list them per layer. Count before you train.
// - ReLU passes the backward error on where sigmoid damps it, which is why deep stacks use it; with one hidden
//   layer of 30 the two can finish close together (this run's figures are below). Adam adapts each weight's step,
//   SGD needs its rate tuned by hand.
// - Scale inputs, and scale the test inputs the same way: raw 0–255 pixels give huge first logits.
// - A big network can learn its training images far better than new ones: compare train and test accuracy.
// - Depth alone does not buy accuracy on this data; more parameters are capacity, not information.
//
// Lesson 9 goes back to softmax regression, on handwritten digits.
System.out.printf("this run: ReLU %.4f, sigmoid %.4f, raw pixels %.4f; 500-500 train %.4f / test %.4f%n",
        reluNet.accuracy(test), sigmoidNet.accuracy(test), rawNet.accuracy(rawTest), wideTrain, wideTest);
