//LESSON Data: a first look at Fashion-MNIST
// Before we teach a computer to recognise clothes, we look at what it will see. Fashion-MNIST (Zalando
// Research) holds 70,000 small grey photos of clothing: 60,000 for training and 10,000 for testing, each
// 28 × 28 pixels and labelled with one of ten classes, from T-shirt/top to ankle boot.
//
// In this lesson we load the images, print one as numbers and draw a few as pictures, scale the pixels to
// [0, 1], flatten each image into a row of 784 numbers, turn labels into one-hot vectors, count the classes
// and split the training set 80/20 without upsetting the balance between classes.

//STEP The tools we use
// EJML holds our matrices (`DMatrixRMaj`: a dense matrix of doubles stored row by row), `dev.shellbook.data`
// reads the image files, Tablesaw prints tables and `Charts` saves pictures under `out/<lesson>/`.
import java.util.*;
import java.util.stream.*;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import tech.tablesaw.api.*;
import dev.shellbook.Course;
import dev.shellbook.data.*;
import dev.shellbook.ml.Labels;
import dev.shellbook.chart.Charts;
import dev.shellbook.exercise.Check;

//STEP The raw images: 60,000 × 28 × 28
// The training images come as one block of bytes with a shape: how many images, how many rows of pixels,
// how many columns. Each pixel is a byte from 0 (background) to 255 (full ink). The tutorials print the
// shape as `(60000, 28, 28)`; ours should match.
ImageSet images = FashionMnist.trainImages();
int[] labels = FashionMnist.trainLabels();
System.out.println("shape of the training images: " + Arrays.toString(images.shape())
        + "   (the tutorials: (60000, 28, 28))");
System.out.println("number of labels: " + labels.length);
System.out.println("the ten classes: " + String.join(", ", FashionMnist.CLASS_NAMES));

//STEP One sample, as numbers
// To the computer an image is only a grid of numbers. Here is the first training image, one line per pixel
// row. Squint and you can see its outline: zeros are background, large numbers are the garment. Each row
// is 112 characters wide; if the rows wrap, widen your terminal window and type `/run` to print it again.
System.out.println("label of image 0: " + labels[0] + " = " + FashionMnist.CLASS_NAMES[labels[0]]);
System.out.print(images.pixelGrid(0));

//STEP The same images, as pictures
// Numbers are hard to read, so we draw the first 20 training images with their class names. Open the PNG
// the chart prints: the shapes are rough at 28 × 28, but a person tells a sneaker from a bag at a glance.
Dataset train = FashionMnist.train();
Dataset test = FashionMnist.test();
int[] firstTwenty = IntStream.range(0, 20).toArray();
String[] names = Arrays.stream(firstTwenty).mapToObj(i -> FashionMnist.CLASS_NAMES[train.y()[i]]).
        toArray(String[]::new);
Charts.images("first-images", train.x(), firstTwenty, names, 10);

//STEP Scaling pixels to [0, 1]
// Models learn more easily from small numbers, so we divide every pixel by 255: `x = pixel / 255`. A
// black pixel stays 0, full ink becomes 1, and 128 becomes about 0.5. The `Dataset` we loaded has done this
// already; compare the largest raw pixel with the largest scaled one.
System.out.println("largest raw pixel of image 0:    " + CommonOps_DDRM.elementMax(images.image(0)));
System.out.println("largest scaled value in train.x: " + CommonOps_DDRM.elementMax(train.x()));
System.out.println("smallest scaled value:           " + CommonOps_DDRM.elementMin(train.x()));

//STEP Flattening: one image, one row
// A linear model does not care where a pixel sits in the grid; it wants each image as one long row. We
// read the 28 rows one after another, so pixel (r, c) lands at column `r · 28 + c` of a row of 28 · 28 = 784
// numbers. Stacking all images gives the matrix X with one row per image.
System.out.printf("train.x(): %d × %d  (one row of 784 pixels per image)%n", train.x().numRows, train.x().numCols);
System.out.printf("test.x():  %d × %d%n", test.x().numRows, test.x().numCols);
System.out.printf("pixel (10, 14) of image 0: raw %d, scaled %.4f = %d / 255%n",
        images.pixel(0, 10, 14), train.x().get(0, 10 * 28 + 14), images.pixel(0, 10, 14));

//EXERCISE flatten: Flatten and scale one image
// Now you do it. `flatten(image)` takes one image as an r × c matrix of raw pixels (0..255) and returns it as a
// single row (1 × r·c) of values in [0, 1]: entry (i, j) goes to column `i · c + j` and is divided by 255.
// It should work for any image size, not just 28 × 28.
//TODO return a 1 × (rows·cols) matrix holding image[i, j] / 255 at column i·cols + j
//HINT Row i of the image comes after the i rows before it, and each of those is `image.numCols` long.
//HINT The result is `new DMatrixRMaj(1, n)` with n = rows · cols; fill it with two nested loops, dividing as a double.
//HINT Or reshape a *copy* to 1 × n (`reshape(1, n, true)` keeps the order) and divide the copy, never the image.
DMatrixRMaj flatten(DMatrixRMaj image) {
    //SOLUTION
    int n = image.numRows * image.numCols;
    DMatrixRMaj row = new DMatrixRMaj(1, n);
    for (int i = 0; i < image.numRows; i++) {
        for (int j = 0; j < image.numCols; j++) {
            // x = pixel / 255, at column i·cols + j
            row.set(0, i * image.numCols + j, image.get(i, j) / 255.0);
        }
    }
    return row;
    //MISTAKE column-major: reads the image column by column, so pixel (i, j) lands at column j·rows + i
    // int n = image.numRows * image.numCols;
    // DMatrixRMaj row = new DMatrixRMaj(1, n);
    // for (int i = 0; i < image.numRows; i++)
    //     for (int j = 0; j < image.numCols; j++) row.set(0, j * image.numRows + i, image.get(i, j) / 255.0);
    // return row;
    //MISTAKE rows-as-width: strides by the number of rows instead of the number of columns
    // int n = image.numRows * image.numCols;
    // DMatrixRMaj row = new DMatrixRMaj(1, n);
    // for (int i = 0; i < image.numRows; i++)
    //     for (int j = 0; j < image.numCols; j++) row.set(0, i * image.numRows + j, image.get(i, j) / 255.0);
    // return row;
    //MISTAKE integer-division: turns the pixel into an int before dividing, so 51 / 255 is 0
    // int n = image.numRows * image.numCols;
    // DMatrixRMaj row = new DMatrixRMaj(1, n);
    // for (int i = 0; i < image.numRows; i++)
    //     for (int j = 0; j < image.numCols; j++) row.set(0, i * image.numCols + j, (int) image.get(i, j) / 255);
    // return row;
    //MISTAKE in-place: divides the caller's image by 255 and reshapes a copy of it
    // CommonOps_DDRM.divide(image, 255);
    // DMatrixRMaj row = image.copy();
    // row.reshape(1, image.numRows * image.numCols, true);
    // return row;
    //END
}
//CHECK
DMatrixRMaj small = new DMatrixRMaj(new double[][] {{0, 255, 51}, {102, 0, 255}});
DMatrixRMaj smallBefore = small.copy();
DMatrixRMaj flatSmall = flatten(small);
Check.unchanged("flatten(image)", "image", smallBefore, small);
Check.shape("flatten(a 2 × 3 image)", flatSmall, 1, 6);
Check.close("flatten([[0, 255, 51], [102, 0, 255]])",
        new DMatrixRMaj(new double[][] {{0, 1, 0.2, 0.4, 0, 1}}), flatSmall, 1e-12);
DMatrixRMaj mine = flatten(images.image(0));
Check.shape("flatten(image 0)", mine, 1, 784);
Check.that(CommonOps_DDRM.elementMax(mine) <= 1 && CommonOps_DDRM.elementMin(mine) >= 0,
        "flatten(image 0) has values outside [0, 1]: did you divide by 255?");
Check.close("flatten(image 0) against row 0 of train.x()", CommonOps_DDRM.extractRow(train.x(), 0, null), mine, 1e-12);
Check.close("flatten(image 7) at pixel (10, 14)", images.pixel(7, 10, 14) / 255.0,
        flatten(images.image(7)).get(0, 10 * 28 + 14), 1e-12);

//STEP Labels as one-hot vectors
// Label 9 means "ankle boot", but 9 is not "more" than 3 ("dress"): the numbers are names, not amounts.
// A model that outputs ten probabilities is compared with a one-hot vector instead: ten zeros with a single 1
// at the true class. Stacked, the labels become an n × 10 matrix Y with `Y[i, y_i] = 1`.
DMatrixRMaj Y = Labels.oneHot(Arrays.copyOf(train.y(), 3), 10);
for (int i = 0; i < 3; i++) {
    double[] row = Arrays.copyOfRange(Y.data, i * 10, i * 10 + 10);
    System.out.printf("label %d (%-11s) -> %s%n", train.y()[i], FashionMnist.CLASS_NAMES[train.y()[i]],
            Arrays.toString(row));
}

//EXERCISE one-hot: One-hot encoding
// Write `oneHot(y, k)`: for n labels in 0..k-1 return the n × k matrix with a 1 at (i, y[i]) and 0 elsewhere.
// Every row then sums to exactly 1, and the column of the 1 is the class.
//TODO return an n × k matrix with Y[i, y[i]] = 1 and zeros elsewhere
//HINT How many entries of a row are not zero, and which column holds it? The label tells you.
//HINT A new `DMatrixRMaj(rows, cols)` is all zeros, so you only place the ones: one pass, one `set` per label.
DMatrixRMaj oneHot(int[] y, int k) {
    //SOLUTION
    DMatrixRMaj m = new DMatrixRMaj(y.length, k);
    for (int i = 0; i < y.length; i++) {
        // Y[i, y_i] = 1
        m.set(i, y[i], 1.0);
    }
    return m;
    //MISTAKE transposed: builds a k × n matrix, one column per label
    // DMatrixRMaj m = new DMatrixRMaj(k, y.length);
    // for (int i = 0; i < y.length; i++) m.set(y[i], i, 1.0);
    // return m;
    //MISTAKE label-as-value: writes the label itself where the 1 belongs
    // DMatrixRMaj m = new DMatrixRMaj(y.length, k);
    // for (int i = 0; i < y.length; i++) m.set(i, y[i], y[i]);
    // return m;
    //MISTAKE loops-over-classes: loops over the k classes instead of the n labels
    // DMatrixRMaj m = new DMatrixRMaj(y.length, k);
    // for (int i = 0; i < k; i++) m.set(i, y[i], 1.0);
    // return m;
    //MISTAKE one-based: treats the labels as 1..k, so label c goes to column c − 1
    // DMatrixRMaj m = new DMatrixRMaj(y.length, k);
    // for (int i = 0; i < y.length; i++) m.set(i, y[i] - 1, 1.0);
    // return m;
    //END
}
//CHECK
Check.shape("oneHot([2, 0, 1], 4) (3 labels, 4 classes)", oneHot(new int[] {2, 0, 1}, 4), 3, 4);
DMatrixRMaj hot = oneHot(new int[] {2, 0, 1}, 3);
Check.close("oneHot([2, 0, 1], 3)", new DMatrixRMaj(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}), hot, 0);
Check.shape("oneHot([9], 10)", oneHot(new int[] {9}, 10), 1, 10);
Check.shape("oneHot of no labels", oneHot(new int[0], 10), 0, 10);
int[] randomLabels = new Random(7).ints(500, 0, 10).toArray();
DMatrixRMaj mineHot = oneHot(randomLabels, 10);
Check.rowsSumTo(mineHot, 1.0, 0);
Check.close("oneHot(500 random labels, 10) against Labels.oneHot", Labels.oneHot(randomLabels, 10), mineHot, 0);

//STEP How many of each class?
// Before training we check the balance: if 90% of the images were T-shirts, a model that always says
// "T-shirt" would score 90% and learn nothing. Fashion-MNIST is perfectly balanced: 6,000 training images
// and 1,000 test images per class.
System.out.println(train.classCounts().print());
System.out.println("test set: " + Arrays.toString(test.classCounts().intColumn("count").asIntArray()));

//EXERCISE count-classes: Count the labels, and refuse bad ones
// Write `countClasses(y, k)`: an array of k counts where entry c says how many labels equal c. Classes that
// never occur must still appear, with count 0. Real label files get corrupted, and a label of 10 or −1 would
// either crash somewhere far away or be counted silently in the wrong place, so refuse it where it is found:
// throw an `IllegalArgumentException` whose message names the bad label and its position, e.g.
// `label 10 at index 1 is outside 0..9`.
//TODO return int[k] counts of each label; throw IllegalArgumentException for a label outside 0..k−1
//HINT How long must the array be when no label is k − 1? Its size comes from k, not from the data.
//HINT One pass over the labels: look at each one before you count it, so you still know its index when it is bad.
//HINT `throw new IllegalArgumentException("label " + v + " at index " + i + " is outside 0.." + (k - 1))`.
int[] countClasses(int[] y, int k) {
    //SOLUTION
    int[] counts = new int[k];
    for (int i = 0; i < y.length; i++) {
        int v = y[i];
        if (v < 0 || v >= k) {
            throw new IllegalArgumentException("label " + v + " at index " + i + " is outside 0.." + (k - 1));
        }
        counts[v]++;
    }
    return counts;
    //MISTAKE sized-by-data: sizes the array by the largest label seen, so classes that never occur are missing
    // int[] counts = new int[Arrays.stream(y).max().orElse(-1) + 1];
    // for (int v : y) counts[v]++;
    // return counts;
    //MISTAKE one-based: counts label c at entry c − 1
    // int[] counts = new int[k];
    // for (int i = 0; i < y.length; i++) {
    //     if (y[i] < 0 || y[i] >= k) throw new IllegalArgumentException("label " + y[i] + " at index " + i);
    //     counts[y[i] - 1]++;
    // }
    // return counts;
    //MISTAKE no-range-check: counts without looking, so a bad label crashes with an index error
    // int[] counts = new int[k];
    // for (int v : y) counts[v]++;
    // return counts;
    //MISTAKE off-by-one-range: accepts the label k, one past the last class
    // int[] counts = new int[k + 1];
    // for (int i = 0; i < y.length; i++) {
    //     if (y[i] < 0 || y[i] > k) throw new IllegalArgumentException("label " + y[i] + " at index " + i);
    //     counts[y[i]]++;
    // }
    // return Arrays.copyOf(counts, k);
    //END
}
//CHECK
Check.equal("countClasses([2, 0, 2, 1], 4)", new int[] {1, 1, 2, 0}, countClasses(new int[] {2, 0, 2, 1}, 4));
Check.equal("countClasses(no labels, 3)", new int[] {0, 0, 0}, countClasses(new int[0], 3));
Check.equal("countClasses(training labels, 10)", train.classCounts().intColumn("count").asIntArray(),
        countClasses(train.y(), 10));
String refusal(int[] bad, int k) {
    try {
        countClasses(bad, k);
        return "returned without an exception";
    } catch (IllegalArgumentException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    } catch (RuntimeException e) {
        return "threw " + e.getClass().getSimpleName();
    }
}
String refusedTen = refusal(new int[] {0, 10, 1}, 10);
Check.that(refusedTen.contains("10") && refusedTen.contains("1"), "countClasses([0, 10, 1], 10) "
        + (refusedTen.startsWith("threw") || refusedTen.startsWith("returned") ? refusedTen : "said '" + refusedTen
                + "'")
        + "; expected an IllegalArgumentException naming the label 10 and its index 1");
String refusedMinus = refusal(new int[] {3, 3, -1}, 4);
Check.that(refusedMinus.contains("-1") && refusedMinus.contains("2"), "countClasses([3, 3, -1], 4) "
        + (refusedMinus.startsWith("threw") || refusedMinus.startsWith("returned") ? refusedMinus : "said '"
                + refusedMinus + "'")
        + "; expected an IllegalArgumentException naming the label -1 and its index 2");

//STEP A stratified 80/20 split
// To choose settings such as the learning rate honestly we hold out part of the training set for
// validation and never train on it. A plain random 20% would leave some classes slightly over- or
// under-represented; a *stratified* split takes 20% of each class separately. With 6,000 images per class
// that is exactly 4,800 for training and 1,200 for validation in every class. The seed makes it repeatable.
Split split = Split.stratified(train.y(), 0.2, 42);
int[] trainPart = Arrays.stream(split.train()).map(i -> train.y()[i]).toArray();
int[] validationPart = Arrays.stream(split.validation()).map(i -> train.y()[i]).toArray();
int[] perClassTrain = IntStream.range(0,
        10).map(c -> (int) Arrays.stream(trainPart).filter(v -> v == c).count()).toArray();
int[] perClassValidation = IntStream.range(0,
        10).map(c -> (int) Arrays.stream(validationPart).filter(v -> v == c).count()).toArray();
Table splitTable = Table.create("stratified 80/20 split (seed 42)",
        StringColumn.create("class", FashionMnist.CLASS_NAMES),
        IntColumn.create("train", perClassTrain),
        IntColumn.create("validation", perClassValidation));
System.out.println(splitTable.print());
System.out.printf("total: %,d train + %,d validation = %,d%n", split.train().length, split.validation().length,
        train.size());

//STEP What to remember
// - An image is a grid of bytes 0..255; we scale it to [0, 1] and read it row by row into one row of 784 numbers.
// - X is a 60,000 × 784 matrix, Y a 60,000 × 10 one-hot matrix: a label is a name, not an amount.
// - Count the classes before training: Fashion-MNIST is balanced, 6,000 training images per class.
// - Split off a validation set, stratified and seeded, to judge choices; keep the test set for the very end.
//
// Next lesson: turning ten scores per image into ten probabilities with softmax. A few validation images to close
// with:
int[] someValidation = Arrays.copyOf(split.validation(), Course.pick(10, 5));
String[] validationNames = Arrays.stream(someValidation).mapToObj(i -> FashionMnist.CLASS_NAMES[train.y()[i]]).
        toArray(String[]::new);
Charts.images("validation-images", train.x(), someValidation, validationNames, 5);
