package dev.shellbook.bench;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import dev.shellbook.ml.SoftmaxRegression;
import dev.shellbook.ml.Sgd;
import dev.shellbook.ml.kernel.Vectors;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times one epoch of softmax regression (60,000×784 Fashion-MNIST, 10 classes, batch 256, lr 0.1, float64) in one
 * run: the core (kernel engine, all threads it may use), the same kernel on one thread, the natural EJML
 * formulation (batch copy, CommonOps_DDRM mult / multTransA), and two streaming passes over X (a lower bound: an
 * epoch must read X at least twice). Each is warmed up first; the median of several epochs is reported.
 *
 * <p>Run from the repository root: {@code java -cp target/shellbook.jar dev.shellbook.bench.EpochBenchmark
 * [epochs [warmup]]} (defaults 7 and 3). Reference points measured on the 2-core development machine: numpy with
 * OpenBLAS (float64) 0.135–0.146 s per epoch.
 *
 * <p>Measured on that machine while ~7 other builds shared it (load average 5; wall times vary about 2× from run to
 * run there, ratios within a run less): core 0.180 s, kernel on 1 thread 0.159 s, natural EJML 0.705 s, streaming X
 * twice 0.095 s per epoch; CPU per epoch 0.23 / 0.21 / 0.71 s. Natural EJML / core = 3.9 (4.4 on CPU time).
 */
public final class EpochBenchmark {
    private EpochBenchmark() {}

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (epochs < 1 || warmup < 0) {
            throw new IllegalArgumentException("EpochBenchmark: expected epochs >= 1 and warmup >= 0, found " + epochs
                    + " and " + warmup);
        }
        long cpu = cpuNanos();
        long start = System.nanoTime();
        Dataset train = FashionMnist.train();
        double load = seconds(start);
        double loadCpu = (cpuNanos() - cpu) / 1e9;
        double[] again = new double[3];
        double[] againCpu = new double[3];
        for (int i = 0; i < again.length; i++) {
            cpu = cpuNanos();
            start = System.nanoTime();
            FashionMnist.train();
            again[i] = seconds(start);
            againCpu[i] = (cpuNanos() - cpu) / 1e9;
        }
        System.out.printf(Locale.ROOT, "load 60k training set (gunzip, check, convert, scale): first %.3f s (CPU %.3f s,"
                + " cold JVM, with SHA-256), then median %.3f s (CPU %.3f s)%n", load, loadCpu, median(again, 0),
                median(againCpu, 0));
        System.out.printf(Locale.ROOT, "epoch = 60,000×784 → 10, batch 256, float64; median of %d after %d warm-up,"
                + " the configurations taking turns epoch by epoch; %d cores%n", epochs, warmup,
                Runtime.getRuntime().availableProcessors());
        int n = epochs + warmup;
        System.out.println("kernel forward pass: " + (Vectors.enabled() ? Vectors.describe() : "scalar (run with "
                + Vectors.JVM_OPTION + " for the Vector API)"));
        Run[] runs = {new Run("core (kernel, 2 threads)", train, Sgd.Engine.KERNEL, 2, true, n),
            new Run("kernel, 1 thread", train, Sgd.Engine.KERNEL, 1, true, n),
            new Run("scalar kernel, 2 threads", train, Sgd.Engine.KERNEL, 2, false, n),
            new Run("natural EJML", train, Sgd.Engine.EJML, 1, true, n)};
        double[] stream = new double[n];
        for (int r = 0; r < n; r++) {
            for (Run run : runs) {
                run.epoch(r);
            }
            stream[r] = streaming(train.x().data, 1)[0];
        }
        report(runs, stream, warmup);
        System.out.printf(Locale.ROOT, "cores free now: a pure compute loop split over 2 threads runs %.2f× as fast "
                + "as on 1 (2.00 on an idle machine; near 1 when other processes hold the second core)%n",
                parallelCapacity());
    }

    /** Time of a compute-only loop on 1 thread divided by the same work split over 2 threads. */
    static double parallelCapacity() {
        double[] sink = new double[2];
        long start = System.nanoTime();
        sink[0] = spin(100_000_000);
        double one = seconds(start);
        start = System.nanoTime();
        Thread helper = new Thread(() -> sink[1] = spin(50_000_000));
        helper.start();
        sink[0] += spin(50_000_000);
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return one / seconds(start) + (sink[0] + sink[1] == 42 ? 1e-9 : 0);
    }

    private static double spin(int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = Math.fma(s, 0.999999, 1.0);
        }
        return s;
    }

    private static void report(Run[] runs, double[] stream, int warmup) {
        double c = median(runs[0].wall, warmup);
        double st = median(stream, warmup);
        System.out.printf(Locale.ROOT, "%-26s %9s %8s %10s %9s %9s%n", "", "s/epoch", "× core", "× stream", "CPU s",
                "setup s");
        for (Run run : runs) {
            double s = median(run.wall, warmup);
            System.out.printf(Locale.ROOT, "%-26s %9.3f %8.2f %10.2f %9.3f %9.3f%n", run.name, s, s / c, s / st,
                    median(run.cpu, warmup), median(run.setup, warmup));
        }
        System.out.printf(Locale.ROOT, "%-26s %9.3f %8.2f %10.2f%n", "stream X twice", st, st / c, 1.0);
        System.out.printf(Locale.ROOT, "natural EJML / core = %.2f ; core / streaming = %.2f ; core / numpy 0.14 s "
                + "= %.2f (numpy measured on an idle machine)%n", median(runs[3].wall, warmup) / c, c / st, c / 0.14);
    }

    /**
     * One configuration, trained one epoch per call. Per call: wall seconds of the epoch (the model's own timing),
     * process CPU seconds of the call (all threads, per-fit setup included; on a busy machine it shows the work
     * rather than the waiting) and the setup outside the epoch (checking the kernel's row-array copy of X, threads).
     */
    private static final class Run {
        final String name;
        final Dataset train;
        final SoftmaxRegression model;
        final Sgd sgd;
        final double[] wall;
        final double[] cpu;
        final double[] setup;

        Run(String name, Dataset train, Sgd.Engine engine, int threads, boolean vector, int n) {
            this.name = name;
            this.wall = new double[n];
            this.cpu = new double[n];
            this.setup = new double[n];
            this.train = train;
            this.model = new SoftmaxRegression(train.features(), train.classes()).initNormal(0.01, 42);
            this.sgd = Sgd.lr(0.1).batch(256).epochs(1).seed(42).quiet().engine(engine).threads(threads)
                    .vector(vector);
        }

        void epoch(int r) {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            wall[r] = model.fit(train, null, sgd).last().seconds();
            setup[r] = seconds(start) - wall[r];
            cpu[r] = (cpuNanos() - cpuStart) / 1e9;
        }
    }

    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Seconds of two passes summing X, {@code n} times (8 accumulators so the adds do not limit the loop). */
    static double[] streaming(double[] x, int n) {
        double[] times = new double[n];
        double sink = 0;
        for (int r = 0; r < n; r++) {
            long start = System.nanoTime();
            for (int pass = 0; pass < 2; pass++) {
                sink += sum(x, 0, x.length);
            }
            times[r] = seconds(start);
        }
        if (sink == 42) {
            System.out.println();
        }
        return times;
    }

    /** Σ x[from, to), with 8 accumulators so that the adds do not limit the loop. */
    static double sum(double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
            s4 += x[i + 4];
            s5 += x[i + 5];
            s6 += x[i + 6];
            s7 += x[i + 7];
        }
        for (; i < to; i++) {
            s0 += x[i];
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }

    /** Median of {@code times} after dropping the first {@code warmup}. */
    static double median(double[] times, int warmup) {
        double[] t = Arrays.copyOfRange(times, Math.min(warmup, times.length - 1), times.length);
        Arrays.sort(t);
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
