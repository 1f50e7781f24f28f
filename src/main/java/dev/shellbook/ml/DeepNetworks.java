package dev.shellbook.ml;

import dev.shellbook.data.DataException;
import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import dev.shellbook.ml.Network.Activation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains the three deeper networks of the TensorFlow lecture (seed 003) on Fashion-MNIST with Adam (lr 1e-3,
 * batch 32, Keras' defaults) and prints the source's numbers beside ours:
 * <ol>
 * <li>784 → 30 (ReLU) → 10 on unscaled 0–255 pixels for one epoch (the source: loss 32.57 after epoch 1, test
 * accuracy 0.593; one epoch is also Keras' default for {@code fit});</li>
 * <li>784 → 500 → 500 → 10 (ReLU) on pixels scaled to [0, 1] (the source: train 0.961 against test 0.862);</li>
 * <li>five hidden layers of 500 (1,399,510 parameters; the source: test 0.8596).</li>
 * </ol>
 * The source does not print its epoch count for 2 and 3; a train accuracy of 0.961 on Fashion-MNIST takes a long
 * run, so they train for 20 epochs by default ({@code --epochs N} changes it). {@code --quick}: the first 10,000
 * training images and one epoch each. {@code --network 2}: only the second. {@code --ejml}: EJML's products
 * instead of {@link Gemm#fast()}.
 * Run: {@code java -cp target/shellbook.jar:target/lib/* dev.shellbook.ml.DeepNetworks --quick}.
 *
 * <p>Measured on the shared 2-core machine (60,000 images, one epoch each, EJML's products, load average 20–30):
 * CPU seconds per epoch 1.9 (784-30-10), 52.3 (784-500-500-10) and 135.8 (five layers of 500). On unscaled
 * pixels the run is chaotic: the weights of two products that differ only in rounding agree to 1e-12 for the first
 * hundred batches and then part, so its numbers change with the {@link Gemm}; on pixels in [0, 1] they do not.
 */
public final class DeepNetworks {
    private DeepNetworks() {}

    /** One network of the source, with the data it is trained on and the source's printed result. */
    private record Run(String title, Network net, boolean unscaled, int epochs, String source) {}

    public static void main(String[] args) {
        List<String> opts = Arrays.asList(args);
        boolean quick = opts.contains("--quick");
        int epochs = quick ? 1 : intAfter(opts, "--epochs", 20);
        int only = intAfter(opts, "--network", 0);
        Sgd.Engine engine = opts.contains("--ejml") ? Sgd.Engine.EJML : Sgd.Engine.KERNEL;
        Dataset train;
        Dataset test;
        try {
            train = FashionMnist.train();
            test = FashionMnist.test();
        } catch (DataException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (quick) {
            train = train.first(10_000);
        }
        System.out.printf(Locale.ROOT, "Fashion-MNIST: %,d training and %,d test images; Adam lr 1e-3, batch 32; "
                + "products on %s%n", train.size(), test.size(), engine == Sgd.Engine.EJML ? "EJML"
                : "Gemm.fast() (" + Gemm.fast().getClass().getSimpleName() + ")");
        List<Run> runs = runs(epochs);
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (only != 0 && only != i + 1) {
                continue;
            }
            report(run, run.unscaled() ? unscaled(train) : train, run.unscaled() ? unscaled(test) : test, engine);
        }
    }

    private static List<Run> runs(int epochs) {
        Network wide = Network.input(784).dense(500, Activation.RELU).dense(500, Activation.RELU).softmax(10)
                .glorotUniform(42).build();
        NetworkBuilder deep = Network.input(784);
        for (int i = 0; i < 5; i++) {
            deep.dense(500, Activation.RELU);
        }
        return List.of(
                new Run("784 → 30 (ReLU) → 10, unscaled 0–255 pixels", Network.input(784)
                        .dense(30, Activation.RELU).softmax(10).glorotUniform(42).build(), true, 1,
                        "loss 32.57 after epoch 1, test accuracy 0.593"),
                new Run("784 → 500 → 500 → 10 (ReLU), pixels in [0, 1]", wide, false, epochs,
                        "train accuracy 0.961, test accuracy 0.862"),
                new Run("five hidden layers of 500 (ReLU), pixels in [0, 1]", deep.softmax(10).glorotUniform(42)
                        .build(), false, epochs, "test accuracy 0.8596"));
    }

    /** Trains {@code run}, then prints its summary, the source's numbers and ours, and the seconds per epoch. */
    private static void report(Run run, Dataset train, Dataset test, Sgd.Engine engine) {
        System.out.printf(Locale.ROOT, "%n== %s: %,d parameters, %d epoch%s%n", run.title(),
                run.net().parameterCount(), run.epochs(), run.epochs() == 1 ? "" : "s");
        System.out.println(run.net().summary().printAll());
        long cpu0 = cpuNanos();
        History h = run.net().fit(train, null, Sgd.adam(1e-3).batch(32).epochs(run.epochs()).seed(42).engine(engine));
        double cpu = (cpuNanos() - cpu0) / 1e9;
        double seconds = h.epochs().stream().mapToDouble(EpochStats::seconds).sum();
        System.out.println("source: " + run.source());
        String later = h.last().epoch() == 1 ? "" : String.format(Locale.ROOT, ", %.4f after epoch %d",
                h.last().loss(), h.last().epoch());
        System.out.printf(Locale.ROOT, "ours:   loss %.2f after epoch 1%s; train accuracy %.3f (the last epoch's "
                + "running mean, as Keras prints it), %.3f (final weights on all %,d); test accuracy %.4f%n",
                h.epochs().get(0).loss(), later, h.last().trainAccuracy(), run.net().accuracy(train), train.size(),
                run.net().accuracy(test));
        System.out.printf(Locale.ROOT, "time:   %.1f s per epoch (%.1f s in all; the process used %.1f s of CPU per "
                + "epoch, which a busy machine does not stretch)%n", seconds / run.epochs(), seconds, cpu / run.epochs());
    }

    /** CPU time of this whole JVM so far (all threads), in nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The same images with pixels 0..255 instead of 0..1 (what the source's first network was trained on): a view,
     * so that the 60,000 training images are not held twice.
     */
    static Dataset unscaled(Dataset d) {
        // pixel = round(255 · scaled)
        return d.map(v -> Math.round(255 * v));
    }

    private static int intAfter(List<String> opts, String flag, int otherwise) {
        int i = opts.indexOf(flag);
        if (i < 0) {
            return otherwise;
        }
        try {
            return Integer.parseInt(opts.get(i + 1));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("DeepNetworks: expected a number after " + flag + " (e.g. " + flag + " 20)");
            System.exit(2);
            return otherwise;
        }
    }
}
