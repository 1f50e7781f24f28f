package dev.shellbook.bench;

import dev.shellbook.data.Dataset;
import dev.shellbook.data.FashionMnist;
import dev.shellbook.ml.Network;
import dev.shellbook.ml.NetworkBuilder;
import dev.shellbook.ml.Sgd;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@code shellbook bench --networks}: one SGD epoch (lr 0.1, shuffled) of dense networks on Fashion-MNIST, each
 * with the blocked kernel ({@code Gemm.fast()}, the default engine) and with EJML's products ({@code
 * Sgd.engine(EJML)}), measured in one run, with the kernel's rate as a share of this machine's float64 FMA peak on
 * both cores ({@link PeakProbe}). FLOPs counted: per row and layer, 2·in·out for Z = H·W and for ∇W = Hᵀ·D, and
 * again for D·Wᵀ below the top layer (activations, biases and updates are not counted, but are timed).
 *
 * <p>The EJML epochs of the large networks take tens of seconds, so EJML runs on the first {@code ejmlRows} rows
 * and its time is scaled to the full epoch (an epoch's work is linear in its rows). Then the small-batch case:
 * five hidden layers of 500 at batch 32 against batch 1200, as time per sample.
 */
public final class NetworkBenchmark {
    private NetworkBenchmark() {}

    /** One network to time: layer sizes (input first), hidden activation, batch, rows, rows for the EJML run. */
    record Case(String name, int[] sizes, Network.Activation act, int batch, int rows, int ejmlRows) {
        /** Multiply-add FLOPs of one epoch's three products per layer (two in the first layer). */
        double flops() {
            double perRow = 0;
            for (int l = 1; l < sizes.length; l++) {
                perRow += 2.0 * sizes[l - 1] * sizes[l] * (l == 1 ? 2 : 3);
            }
            return perRow * rows;
        }

        Network network() {
            NetworkBuilder b = Network.input(sizes[0]);
            for (int l = 1; l < sizes.length - 1; l++) {
                b.dense(sizes[l], act);
            }
            return b.softmax(sizes[sizes.length - 1]).glorotUniform(42).build();
        }
    }

    static final Case SMALL = new Case("784-100-10 sigmoid", new int[] {784, 100, 10}, Network.Activation.SIGMOID,
            256, 48_000, 9_600);
    static final Case WIDE = new Case("784-500-500-10 ReLU", new int[] {784, 500, 500, 10}, Network.Activation.RELU,
            1200, 60_000, 2_400);
    static final int[] DEEP = {784, 500, 500, 500, 500, 500, 10};

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Dataset train = FashionMnist.train();
        PeakProbe peak = PeakProbe.measure(2);
        System.out.printf(Locale.ROOT, "networks: one SGD epoch on Fashion-MNIST, median of %d after a warm-up; "
                + "load average %.2f on %d cores%n%s%n", epochs, load(), Runtime.getRuntime().availableProcessors(),
                peak.describe());
        System.out.printf(Locale.ROOT, "%-20s %6s %5s %9s %9s %7s %8s %7s %7s%n", "network", "rows", "batch",
                "kernel s", "EJML s", "EJML/k", "GFLOP/s", "% peak", "% core");
        for (Case c : new Case[] {SMALL, WIDE}) {
            Timing kernel = epoch(c, train, c.rows(), Sgd.Engine.KERNEL, epochs);
            Timing ejml = epoch(c, train, c.ejmlRows(), Sgd.Engine.EJML, 1).scaled((double) c.rows() / c.ejmlRows());
            System.out.printf(Locale.ROOT, "%-20s %6d %5d %9.3f %9.3f %7.2f %s  (EJML on %d rows, scaled)%n",
                    c.name(), c.rows(), c.batch(), kernel.wall(), ejml.wall(), ejml.wall() / kernel.wall(),
                    rates(c.flops(), kernel, peak), c.ejmlRows());
        }
        smallBatch(train, peak, epochs);
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", load());
    }

    /** Five hidden layers of 500: time per sample at batch 32 against batch 1200, on the same 4,800 rows. */
    private static void smallBatch(Dataset train, PeakProbe peak, int epochs) {
        double[] perSample = new double[2];
        int[] batches = {1200, 32};
        for (int i = 0; i < 2; i++) {
            Case c = new Case("5×500 ReLU", DEEP, Network.Activation.RELU, batches[i], 4_800, 4_800);
            Timing t = epoch(c, train, c.rows(), Sgd.Engine.KERNEL, epochs);
            perSample[i] = t.wall() / c.rows();
            System.out.printf(Locale.ROOT, "%-20s %6d %5d %9.3f %9s %7s %s  %.1f µs per sample%n", c.name(),
                    c.rows(), c.batch(), t.wall(), "", "", rates(c.flops(), t, peak), 1e6 * perSample[i]);
        }
        System.out.printf(Locale.ROOT, "small batch: batch 32 takes %.2f× the time per sample of batch 1200 "
                + "(goal: at most 2)%n", perSample[1] / perSample[0]);
    }

    /**
     * GFLOP/s (wall), as % of the machine's float64 peak (both cores: 2 × the per-core probe), and per CPU-second
     * as % of one core's peak (what the kernel makes of the CPU it got, whatever else the machine runs).
     */
    private static String rates(double flops, Timing t, PeakProbe peak) {
        double wall = flops / t.wall();
        return String.format(Locale.ROOT, "%8.1f %6.1f%% %6.1f%%", wall / 1e9, 100 * wall / (peak.threads()
                * peak.fma64One()), 100 * flops / t.cpu() / peak.fma64One());
    }

    /** Median wall-clock seconds of an epoch and the process CPU seconds of that same epoch. */
    record Timing(double wall, double cpu) {
        Timing scaled(double f) {
            return new Timing(wall * f, cpu * f);
        }
    }

    /** Median epoch (after one warm-up) of {@code epochs} epochs of case c on the first {@code rows} rows. */
    static Timing epoch(Case c, Dataset train, int rows, Sgd.Engine engine, int epochs) {
        Dataset data = train.first(rows);
        Network net = c.network();
        Sgd sgd = Sgd.lr(0.1).batch(c.batch()).epochs(1).seed(42).quiet().engine(engine);
        double[] wall = new double[epochs + 1];
        double[] cpu = new double[epochs + 1];
        for (int e = 0; e < wall.length; e++) {
            long start = EpochBenchmark.cpuNanos();
            wall[e] = net.fit(data, null, sgd).last().seconds();
            cpu[e] = (EpochBenchmark.cpuNanos() - start) / 1e9;
        }
        return new Timing(EpochBenchmark.median(wall, 1), EpochBenchmark.median(cpu, 1));
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
