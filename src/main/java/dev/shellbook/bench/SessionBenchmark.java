package dev.shellbook.bench;

import dev.shellbook.session.Origin;
import dev.shellbook.session.Session;
import dev.shellbook.session.SessionOptions;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import jdk.jshell.JShell;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Measures what the learner feels: startup to first result, and the latency of a trivial step, for our engine
 * and for JShell's stock engines; then a training-epoch-like EJML workload and a plain Java loop inside the
 * session versus in this JVM.
 *
 * <p>Run after {@code mvn package}:
 * {@code java -cp target/shellbook.jar dev.shellbook.bench.SessionBenchmark [steps]}
 * (the jar's manifest brings {@code lib/*.jar}). Startups are measured each in a fresh JVM. The trivial step is
 * measured side by side ({@code pair <steps>}): one JVM holds a session and two local JShells and takes their steps
 * in turn, so all see the same load, and the ratios are printed.
 */
public final class SessionBenchmark {

    /** The same two workloads as methods in the session, so their variables are locals as in a lesson's loop. */
    static final String WORKLOADS = """
            double timeEpoch() {
                var xb = new org.ejml.data.DMatrixRMaj(256, 784);
                var w = new org.ejml.data.DMatrixRMaj(784, 10);
                var zb = new org.ejml.data.DMatrixRMaj(256, 10);
                java.util.Arrays.fill(xb.data, 0.5);
                java.util.Arrays.fill(w.data, 0.01);
                long t = System.nanoTime();
                for (int b = 0; b < 235; b++) org.ejml.dense.row.CommonOps_DDRM.mult(xb, w, zb);
                return (System.nanoTime() - t) / 1e6 + zb.get(0, 0) * 0;
            }
            double timeLoop() {
                long t = System.nanoTime();
                double acc = 0;
                for (int i = 0; i < 200_000_000; i++) acc += (i & 7) * 0.5;
                return (System.nanoTime() - t) / 1e6 + (acc > 0 ? 0 : 1);
            }
            """;
    static final int REPEATS = 5;

    private SessionBenchmark() {
    }

    /**
     * @param args {@code [steps]} to run everything, each engine's part in a fresh JVM so every startup is cold;
     *     {@code child <shellbook|jdi|local> steps} to run one part in this JVM
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("pair")) {
            pair(Integer.parseInt(args[1]));
            return;
        }
        if (args.length == 3 && args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        String steps = args.length > 0 ? args[0] : "60";
        System.out.printf("Shellbook session benchmark (%d cores, load average %.1f)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String engine : new String[] {"shellbook", "jdi", "local"}) {
            new ProcessBuilder(javaCommand(List.of("child", engine, steps))).inheritIO().start().waitFor();
        }
        new ProcessBuilder(javaCommand(List.of("pair", steps))).inheritIO().start().waitFor();
        print("epoch-like EJML mult, in a plain JVM (no debug agent), best of %d", best(() ->
                Double.toString(epochHere())), REPEATS);
        print("plain Java loop 2e8, in a plain JVM, best of %d", best(() -> Double.toString(loopHere())), REPEATS);
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                SessionBenchmark.class.getName()));
        command.addAll(args);
        return command;
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * A trivial step ({@code n + 1}) in our session and in two local JShells, in turn, in one JVM: the same load for
     * all three. Each local step does what the {@code jshell} tool does with a line (split it with
     * {@code analyzeCompletion}, then {@code eval}), as {@code Session.run} does. One local JShell has the
     * session's imports (those {@code jshell} starts with): every compile pays for them, so this is the like-for-like
     * baseline and the goal's ratio; the other has none, as {@code JShell.create()}. Prints the medians and ratios.
     */
    private static void pair(int steps) {
        try (Session session = Session.start(SessionOptions.defaults().spare(false));
             JShell same = localJShell(SessionOptions.DEFAULT_IMPORTS);
             JShell bare = localJShell(List.of())) {
            List<IntFunction<Object>> engines = List.of(
                    n -> session.run(n + " + 1", Origin.INPUT).lastValue(), n -> step(same, n), n -> step(bare, n));
            double[][] times = new double[engines.size()][steps];
            for (int i = -5; i < steps; i++) {
                for (int k = 0; k < engines.size(); k++) {
                    int e = Math.floorMod(i + k, engines.size()); // each engine first in turn
                    int n = i;
                    double millis = ms(time(() -> engines.get(e).apply(n)));
                    if (i >= 0) {
                        times[e][i] = millis;
                    }
                }
            }
            double ours = median(times[0]);
            double local = median(times[1]);
            double none = median(times[2]);
            System.out.printf(Locale.ROOT, "Trivial step side by side, load average %.1f%n", load());
            print("shellbook session (remote JVM, 9 imports), median of %d", ours, steps);
            print("local JShell, the same 9 imports, median of %d", local, steps);
            print("local JShell, no imports, median of %d", none, steps);
            System.out.printf(Locale.ROOT, "%-70s %8.2f ×%n", "shellbook / local JShell with the same imports (goal ≤ 1.20)",
                    ours / local);
            System.out.printf(Locale.ROOT, "%-70s %8.2f ×%n", "shellbook / local JShell without imports", ours / none);
        }
    }

    private static JShell localJShell(List<String> imports) {
        JShell shell = JShell.builder().executionEngine("local").compilerOptions("--class-path", classPath()).build();
        imports.forEach(name -> shell.eval("import " + name + ";"));
        step(shell, -6);
        return shell;
    }

    /** One line as the {@code jshell} tool takes it: split into a snippet, then evaluated. */
    private static Object step(JShell shell, int n) {
        String source = shell.sourceCodeAnalysis().analyzeCompletion(n + " + 1").source();
        return shell.eval(source).get(0).value();
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long time(Supplier<Object> work) {
        long t0 = System.nanoTime();
        work.get();
        return System.nanoTime() - t0;
    }

    private static void child(String engine, int steps) {
        if (engine.equals("shellbook")) {
            ours(steps);
        } else {
            stock(engine, steps);
        }
    }

    private static void ours(int steps) {
        long t0 = System.nanoTime();
        try (Session session = Session.start(SessionOptions.defaults().spare(false))) {
            String first = session.run("1 + 1", Origin.INPUT).lastValue();
            print("shellbook: Session.start → first result (1+1 = %s, 9 imports)", ms(System.nanoTime() - t0),
                    first);
            print("shellbook: trivial step (TCP_NODELAY), median of %d", median(steps, i ->
                    session.run(i + " + 1", Origin.INPUT).lastValue()), steps);
            session.run(WORKLOADS, Origin.INPUT);
            print("shellbook: epoch-like EJML mult 235×(256×784·784×10) in session, best of %d", best(() ->
                    session.run("timeEpoch()", Origin.INPUT).lastValue()), REPEATS);
            print("shellbook: plain Java loop 2e8 in session, best of %d", best(() ->
                    session.run("timeLoop()", Origin.INPUT).lastValue()), REPEATS);
        }
    }

    private static void stock(String engine, int steps) {
        long t0 = System.nanoTime();
        try (JShell shell = JShell.builder().executionEngine(engine)
                .compilerOptions("--class-path", classPath()).build()) {
            shell.eval("1 + 1");
            print("stock JShell '%s': create → first result (1+1, no imports)", ms(System.nanoTime() - t0), engine);
            print("stock JShell '%s': trivial step, median of %d", median(steps, i ->
                    shell.eval(i + " + 1").get(0).value()), engine, steps);
        }
    }

    private static double epochHere() {
        var xb = new DMatrixRMaj(256, 784);
        var w = new DMatrixRMaj(784, 10);
        var zb = new DMatrixRMaj(256, 10);
        Arrays.fill(xb.data, 0.5);
        Arrays.fill(w.data, 0.01);
        return timed(() -> {
            for (int b = 0; b < 235; b++) {
                CommonOps_DDRM.mult(xb, w, zb);
            }
            return zb.get(0, 0);
        });
    }

    private static double loopHere() {
        return timed(() -> {
            double acc = 0;
            for (int i = 0; i < 200_000_000; i++) {
                acc += (i & 7) * 0.5;
            }
            return acc;
        });
    }

    private static double timed(Supplier<Object> work) {
        long t0 = System.nanoTime();
        Object sink = work.get();
        double millis = ms(System.nanoTime() - t0);
        return sink == null ? -1 : millis;
    }

    /** The smallest of {@link #REPEATS} timings (milliseconds, as text), the least disturbed by other load. */
    private static double best(Supplier<String> timing) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            best = Math.min(best, Double.parseDouble(timing.get()));
        }
        return best;
    }

    /** Median milliseconds of {@code steps} runs (after 5 warm-up runs). */
    private static double median(int steps, java.util.function.IntFunction<String> step) {
        for (int i = 0; i < 5; i++) {
            step.apply(-i);
        }
        double[] times = new double[steps];
        for (int i = 0; i < steps; i++) {
            long t0 = System.nanoTime();
            step.apply(i);
            times[i] = ms(System.nanoTime() - t0);
        }
        Arrays.sort(times);
        return times[steps / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String what, double millis, Object... args) {
        System.out.printf(Locale.ROOT, "%-70s %8.1f ms%n", String.format(Locale.ROOT, what, args), millis);
    }

}
