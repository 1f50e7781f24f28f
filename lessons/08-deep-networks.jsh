//LESSON Deeper networks
// Lesson 7 added one hidden layer. Here we stack more, the way the TensorFlow lecture this lesson follows does,
// and ask what each choice buys: ReLU or sigmoid in the hidden layers, Adam or plain SGD, scaled or raw pixels,
// and two or five hidden layers of 500 units. You count every layer's parameters yourself first.
//
// The networks are the library's `Network` (any depth, dense layers, a softmax output, Glorot-uniform
// initialisation as Keras does it, SGD or Adam). Its backpropagation is the chain rule of lesson 7, layer by layer.
// The lecture's printed numbers appear beside ours. Full mode uses all 60,000 training images with the lecture's
// settings (Adam, learning rate 1e-3, batches of 32; 20 epochs for the big networks, since the lecture does not
// print its count) and takes several minutes; quick mode trains on a few thousand images for an epoch or three.

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
Dataset bigTrain = train.first(Course.pick(60_000, 1_000));
System.out.printf("train %s, test %s; the 500-unit networks: %,d images, %d epochs%n", train, test, bigTrain.size(),
        bigEpochs);

//STEP Three networks and their parameters
// `summary()` prints one row per layer, like Keras' `model.summary()`: its output shape and its parameters. A
// dense layer from a units to b units has a·b weights and b biases. The lecture's tables: 784→30→10 has
// 23,550 + 310 parameters; 784→500→500→10 has 392,500 + 250,500 + 5,010 = 648,010; five hidden layers of 500
// have 1,399,510.
Network small = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
Network wide = Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10).
        glorotUniform(42).build();
NetworkBuilder fiveLayers = Network.input(784);
for (int i = 0; i < 5; i++) fiveLayers.dense(500, Activation.RELU);
Network deep = fiveLayers.softmax(10).glorotUniform(42).build();
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
        + "; SGD needed a rate 100 times larger to compete");

//STEP Raw pixels: 0–255 instead of 0–1
// The lecture's first network was trained on the raw pixels, 0 to 255. Its printed loss after epoch 1 was 32.57
// and its test accuracy 0.593. With inputs 255 times larger every first-layer score is 255 times larger too, so
// the initial logits are huge, softmax is sure of itself and wrong, and Adam's first steps go into undoing that.
Dataset rawTrain = new Dataset(train.x().copy(), train.y(), train.classNames());
Dataset rawTest = new Dataset(test.x().copy(), test.y(), test.classNames());
for (DMatrixRMaj x : List.of(rawTrain.x(), rawTest.x())) {
    for (int i = 0; i < x.data.length; i++) x.data[i] = Math.round(255 * x.data[i]);   // pixel = 255 · scaled
}
Network rawNet = Network.input(784).dense(30, Activation.RELU).softmax(10).glorotUniform(42).build();
History rawRun = rawNet.fit(rawTrain, null, adam);
System.out.printf("raw 0–255:  loss after epoch 1 %.2f, test accuracy %.4f   (the lecture: 32.57 and 0.593)%n",
        rawRun.last().loss(), rawNet.accuracy(rawTest));
System.out.printf("scaled 0–1: loss after epoch 1 %.2f, test accuracy %.4f (the ReLU network above)%n",
        reluRun.last().loss(),
        reluNet.accuracy(test));

//STEP Trained on 0–1, tested on 0–255
// A quieter version of the same mistake is in one of the sources: a model trained on pixels divided by 255 is
// tested on images that were not divided. Nothing crashes; the numbers are just wrong. The test images must go
// through exactly the preprocessing the training images went through.
System.out.printf("ReLU network trained on 0–1: test accuracy %.4f on 0–1 test images, %.4f on 0–255 ones%n",
        reluNet.accuracy(test), reluNet.accuracy(rawTest));

//STEP Two hidden layers of 500: over-fitting
// 648,010 parameters for 60,000 images (quick mode: 1,000 images). The lecture trained it and printed a train
// accuracy of 0.961 against a test accuracy of 0.862: the network has learned its training images far better
// than it can tell new ones. We train it with the lecture's settings and measure both on the final weights.
History wideRun = wide.fit(bigTrain, null, Sgd.adam(1e-3).batch(32).epochs(bigEpochs).seed(42).quiet());
double wideTrain = wide.accuracy(bigTrain), wideTest = wide.accuracy(test);
System.out.printf("784-500-500-10 after %d epochs: train accuracy %.4f, test %.4f, gap %.4f%n", bigEpochs, wideTrain,
        wideTest, wideTrain - wideTest);
System.out.println("the lecture: train accuracy 0.961, test 0.862");

//STEP Five hidden layers of 500: depth alone does not help
// 1,399,510 parameters, more than twice as many. The lecture's test accuracy: 0.8596, no better than two layers'
// 0.862. More layers give more ways to fit the training images, not more information about new ones.
deep.fit(bigTrain, null, Sgd.adam(1e-3).batch(32).epochs(bigEpochs).seed(42).quiet());
System.out.printf("five layers of 500 after %d epochs: train accuracy %.4f, test %.4f   (the lecture: test 0.8596)%n",
        bigEpochs, deep.accuracy(bigTrain), deep.accuracy(test));
System.out.println("two layers against five, on the test set: " + ahead("two layers", wideTest, "five layers",
        deep.accuracy(test)));

//STEP What to remember
// - A dense layer from a to b units has a·b + b parameters; summaries list them per layer. Count before you train.
// - ReLU keeps the backward error alive where sigmoid damps it; Adam adapts each weight's step, SGD needs its
//   rate tuned by hand.
// - Scale inputs, and scale the test inputs the same way: raw 0–255 pixels give huge first logits.
// - A big network can learn its training images far better than new ones: compare train and test accuracy.
// - Depth alone does not buy accuracy on this data; more parameters are capacity, not information.
System.out.printf("this run: ReLU %.4f, sigmoid %.4f, raw pixels %.4f; 500-500 train %.4f / test %.4f%n",
        reluNet.accuracy(test), sigmoidNet.accuracy(test), rawNet.accuracy(rawTest), wideTrain, wideTest);
