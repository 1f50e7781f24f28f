package dev.shellbook.bench;

import dev.shellbook.ml.kernel.FmaLoop;
import dev.shellbook.ml.kernel.Vectors;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;

/**
 * This machine's ceilings, measured now, so that a kernel's speed can be given as a share of them and mean the same
 * on any machine: FMA throughput ({@link FmaLoop}, float64 and float32) per core (FLOPs per second of the thread's
 * CPU time, which other processes do not dilute) and on all cores at once (wall clock: what this process got of
 * them now), and memory bandwidth (a streaming sum over 256 MB, one thread and two, wall clock). Each figure is the
 * best of three tries, as a busy machine only ever makes a try slower.
 */
record PeakProbe(double fma64One, double fma64All, double fma32One, double fma32All, double streamOne,
                 double streamAll, int threads) {
    private static final long ROUNDS = 100_000_000L;
    private static final int STREAM_DOUBLES = 32 << 20;

    /** Measures the ceilings on 1 and on {@code threads} threads. */
    static PeakProbe measure(int threads) {
        double[] big = new double[STREAM_DOUBLES];
        java.util.Arrays.fill(big, 1.0);
        return new PeakProbe(best(() -> onCpu(false)), best(() -> together(threads, () -> onWall(false))),
                best(() -> onCpu(true)), best(() -> together(threads, () -> onWall(true))),
                best(() -> stream(big, 0, big.length)),
                best(() -> streamSplit(big, threads)), threads);
    }

    /** "peak: float64 FMA 43.1 GFLOP/s per core, 85.0 on 2 …" */
    String describe() {
        return String.format(Locale.ROOT, "peak (%s): FMA float64 %.1f GFLOP/s per core (CPU time), %.1f on %d "
                + "cores now (wall); float32 %.1f, %.1f; streaming read %.1f GB/s on 1 thread, %.1f on %d", Vectors.describe(), fma64One / 1e9,
                fma64All / 1e9, threads, fma32One / 1e9, fma32All / 1e9, streamOne / 1e9, streamAll / 1e9, threads);
    }

    /** FLOPs per second of this thread's CPU time: one core's ceiling, whatever else the machine runs. */
    private static double onCpu(boolean float32) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        double flops = FmaLoop.run(ROUNDS, float32);
        return flops / ((bean.getCurrentThreadCpuTime() - start) / 1e9);
    }

    /** FLOPs per wall-clock second of this thread (what it got of a core while the others ran). */
    private static double onWall(boolean float32) {
        long start = System.nanoTime();
        double flops = FmaLoop.run(ROUNDS, float32);
        return flops / ((System.nanoTime() - start) / 1e9);
    }

    /** The sum of {@code probe}'s rates run at the same time on {@code threads} threads. */
    private static double together(int threads, DoubleSupplier probe) {
        CompletableFuture<?>[] others = new CompletableFuture<?>[threads - 1];
        double[] rates = new double[threads];
        for (int t = 1; t < threads; t++) {
            int slot = t;
            others[t - 1] = CompletableFuture.runAsync(() -> rates[slot] = probe.getAsDouble(), PeakProbe::thread);
        }
        rates[0] = probe.getAsDouble();
        CompletableFuture.allOf(others).join();
        double sum = 0;
        for (double r : rates) {
            sum += r;
        }
        return sum;
    }

    private static void thread(Runnable r) {
        Thread t = new Thread(r, "shellbook-peak");
        t.setDaemon(true);
        t.start();
    }

    /** Bytes per second of {@code threads} threads each summing its share of x, all at once. */
    private static double streamSplit(double[] x, int threads) {
        int share = x.length / threads;
        long start = System.nanoTime();
        CompletableFuture<?>[] parts = new CompletableFuture<?>[threads - 1];
        for (int t = 1; t < threads; t++) {
            int from = t * share;
            parts[t - 1] = CompletableFuture.runAsync(() -> stream(x, from, from + share), PeakProbe::thread);
        }
        stream(x, 0, share);
        CompletableFuture.allOf(parts).join();
        return 8.0 * share * threads / ((System.nanoTime() - start) / 1e9);
    }

    /** Bytes per second of one pass summing x[from, to) with 8 accumulators. */
    static double stream(double[] x, int from, int to) {
        long start = System.nanoTime();
        double s = EpochBenchmark.sum(x, from, to);
        double rate = 8.0 * (to - from) / ((System.nanoTime() - start) / 1e9);
        return rate + (s == 42 ? 1e-9 : 0);
    }

    private static double best(DoubleSupplier probe) {
        double best = 0;
        for (int i = 0; i < 3; i++) {
            best = Math.max(best, probe.getAsDouble());
        }
        return best;
    }
}
