package dev.shellbook.bench;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import dev.shellbook.ml.SoftmaxRegression;
import dev.shellbook.ml.Sgd;
import dev.shellbook.ml.kernel.Vectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times one epoch of softmax regression (60,000×784 Fashion-MNIST, 10 classes, batch 256, lr 0.1, shuffled) in one
 * run, the configurations taking turns epoch by epoch: the default (kernel engine, float32, Vector API, 2 threads),
 * float32 scalar, float64 with and without the Vector API, float64 on one thread, the natural EJML formulation
 * (batch copy, CommonOps_DDRM mult / multTransA), and the streaming floor of each precision (two passes summing X,
 * as float32 and as float64: an epoch must read X at least twice). Then the same epoch in numpy and torch
 * ({@link SoftmaxPeers}), with their ratios to the default. Each configuration is warmed up first; the median of
 * the timed epochs is reported.
 *
 * <p>Run with {@code ./shellbook bench}, or from the repository root: {@code java --add-modules=jdk.incubator.vector
 * -cp target/shellbook.jar dev.shellbook.bench.EpochBenchmark [epochs [warmup [peers]]]} (defaults 7, 3, true).
 * Add {@code -XX:UseAVX=2} to measure as on a machine without AVX-512 (256-bit vectors for the Vector API and for
 * C2's own loops alike).
 */
public final class EpochBenchmark {
    private EpochBenchmark() {}

    /** A configuration of the table: trains one epoch per call, or streams X twice. */
    private interface Row {
        String name();

        /** Times repetition r. */
        void epoch(int r);

        Timings timings();

        /** The streaming floor this row is compared with (itself for a floor). */
        Row floor();
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean peers = args.length <= 2 || Boolean.parseBoolean(args[2]);
        if (epochs < 1 || warmup < 0) {
            throw new IllegalArgumentException("EpochBenchmark: expected epochs >= 1 and warmup >= 0, found " + epochs
                    + " and " + warmup);
        }
        Dataset train = FashionMnist.train();
        int n = epochs + warmup;
        System.out.printf(Locale.ROOT, "epoch = 60,000×784 → 10, batch 256, lr 0.1, shuffled; median of %d after %d "
                + "warm-up, the rows taking turns epoch by epoch; %d cores, load average %.2f%n", epochs, warmup,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("Vector API: " + (Vectors.enabled() ? Vectors.describe() : "absent (run with "
                + Vectors.JVM_OPTION + ")"));
        List<Row> rows = rows(train, n);
        for (int r = 0; r < n; r++) {
            for (Row row : rows) {
                row.epoch(r);
            }
        }
        double core = report(rows, warmup);
        System.out.printf(Locale.ROOT, "cores free now: a pure compute loop split over 2 threads runs %.2f× as fast "
                + "as on 1 (2.00 on an idle machine; near 1 when other processes hold the second core)%n",
                parallelCapacity());
        if (peers) {
            peers(core);
        }
    }

    private static List<Row> rows(Dataset train, int n) {
        Stream f32 = new Stream("streaming floor float32", floats(train.x().data), null, n);
        Stream f64 = new Stream("streaming floor float64", null, train.x().data, n);
        Sgd base = Sgd.lr(0.1).batch(256).epochs(1).seed(42).quiet();
        return List.of(new Fit("float32 core (Vector, 2 threads)", train, copy(base).float32(), f32, n),
                new Fit("float32 scalar (2 threads)", train, copy(base).float32().vector(false), f32, n),
                new Fit("float64 core (Vector, 2 threads)", train, copy(base).float64(), f64, n),
                new Fit("float64 scalar (2 threads)", train, copy(base).float64().vector(false), f64, n),
                new Fit("float64 Vector, 1 thread", train, copy(base).float64().threads(1), f64, n),
                new Fit("natural EJML (float64)", train, copy(base).engine(Sgd.Engine.EJML), f64, n), f32, f64);
    }

    private static Sgd copy(Sgd s) {
        return Sgd.lr(s.lr()).batch(s.batch()).epochs(s.epochs()).seed(s.seed()).quiet();
    }

    /** Prints the table; returns the default's seconds per epoch. */
    private static double report(List<Row> rows, int warmup) {
        double core = rows.get(0).timings().wall(warmup);
        System.out.printf(Locale.ROOT, "%-34s %9s %10s %9s %8s%n", "", "s/epoch", "× default", "× floor", "CPU s");
        for (Row row : rows) {
            double s = row.timings().wall(warmup);
            System.out.printf(Locale.ROOT, "%-34s %9.3f %10.2f %9.2f %8.3f%n", row.name(), s, s / core,
                    s / row.floor().timings().wall(warmup), row.timings().cpu(warmup));
        }
        return core;
    }

    private static void peers(double core) {
        StringBuilder notes = new StringBuilder();
        try {
            Map<String, SoftmaxPeers.Peer> peers = SoftmaxPeers.run(FashionMnist.dir(), notes);
            System.out.print(notes);
            for (SoftmaxPeers.Peer p : peers.values()) {
                if (p.missing() != null) {
                    System.out.printf(Locale.ROOT, "%-34s not run (%s); install: %s%n", p.name(), p.missing(),
                            SoftmaxPeers.INSTALL);
                } else {
                    System.out.printf(Locale.ROOT, "%-34s %9.3f   default / peer = %.2f%n", p.name(), p.seconds(),
                            core / p.seconds());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench: could not run the numpy/torch peers: " + e.getMessage(), e);
        }
    }

    /** Wall and process-CPU seconds per repetition. */
    record Timings(double[] wall, double[] cpu) {
        Timings(int n) {
            this(new double[n], new double[n]);
        }

        double wall(int warmup) {
            return median(wall, warmup);
        }

        double cpu(int warmup) {
            return median(cpu, warmup);
        }
    }

    /** One configuration of the model: wall seconds are the epoch's own timing, CPU seconds the whole call's. */
    private record Fit(String name, Dataset train, SoftmaxRegression model, Sgd sgd, Row floor, Timings timings)
            implements Row {
        Fit(String name, Dataset train, Sgd sgd, Row floor, int n) {
            this(name, train, new SoftmaxRegression(train.features(), train.classes()).initNormal(0.01, 42), sgd,
                    floor, new Timings(n));
        }

        @Override
        public void epoch(int r) {
            long cpuStart = cpuNanos();
            timings.wall()[r] = model.fit(train, null, sgd).last().seconds();
            timings.cpu()[r] = (cpuNanos() - cpuStart) / 1e9;
        }
    }

    /** Two passes summing X, as float32 ({@code f}) or float64 ({@code d}). */
    private record Stream(String name, float[] f, double[] d, Timings timings) implements Row {
        Stream(String name, float[] f, double[] d, int n) {
            this(name, f, d, new Timings(n));
        }

        @Override
        public void epoch(int r) {
            long cpuStart = cpuNanos();
            timings.wall()[r] = f != null ? streaming(f) : streaming(d, 1)[0];
            timings.cpu()[r] = (cpuNanos() - cpuStart) / 1e9;
        }

        @Override
        public Row floor() {
            return this;
        }
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

    /** Seconds of two passes summing the float32 X (8 accumulators, as {@link #streaming(double[], int)}). */
    static double streaming(float[] x) {
        long start = System.nanoTime();
        float sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int i = 0; i + 8 <= x.length; i += 8) {
                s0 += x[i];
                s1 += x[i + 1];
                s2 += x[i + 2];
                s3 += x[i + 3];
                s4 += x[i + 4];
                s5 += x[i + 5];
                s6 += x[i + 6];
                s7 += x[i + 7];
            }
            sink += s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        }
        double t = seconds(start);
        if (sink == 42) {
            System.out.println();
        }
        return t;
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
