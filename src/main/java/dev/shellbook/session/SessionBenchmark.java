package dev.shellbook.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import jdk.jshell.JShell;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Measures what the learner feels: startup to first result, and the latency of a trivial step, for our engine
 * and for JShell's stock engines; then a training-epoch-like EJML workload and a plain Java loop inside the
 * session versus in this JVM.
 *
 * <p>Run: {@code mvn -q compile exec:java}-free, e.g.
 * {@code java -cp "$(cat cp.txt):target/classes" dev.shellbook.session.SessionBenchmark [steps]}.
 */
public final class SessionBenchmark {

    static final String EPOCH = """
            long t0 = System.nanoTime();
            var xb = new org.ejml.data.DMatrixRMaj(256, 784); var w = new org.ejml.data.DMatrixRMaj(784, 10);
            var zb = new org.ejml.data.DMatrixRMaj(256, 10);
            java.util.Arrays.fill(xb.data, 0.5); java.util.Arrays.fill(w.data, 0.01);
            for (int rep = 0; rep < 3; rep++) for (int b = 0; b < 235; b++) org.ejml.dense.row.CommonOps_DDRM.mult(xb, w, zb);
            (System.nanoTime() - t0) / 3e6
            """;
    static final String LOOP = """
            long t1 = System.nanoTime(); double acc = 0;
            for (int i = 0; i < 200_000_000; i++) acc += (i & 7) * 0.5;
            (System.nanoTime() - t1) / 1e6 + (acc > 0 ? 0 : 1)
            """;

    private SessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (Session session = Session.start(SessionOptions.defaults().spare(false))) {
            long t0 = System.nanoTime();
            String first = session.run("1 + 1", Origin.INPUT).lastValue();
            print("startup to first result (Session.start → 1+1 = %s)", ms(System.nanoTime() - t0), first);
            print("trivial step, shellbook engine (TCP_NODELAY), median of %d", median(steps, i ->
                    session.run(i + " + 1", Origin.INPUT).lastValue()), steps);
            print("epoch-like EJML mult 235×(256×784·784×10), in session", Double.parseDouble(
                    session.run(EPOCH, Origin.INPUT).lastValue()));
            print("plain Java loop 2e8, in session", Double.parseDouble(session.run(LOOP, Origin.INPUT).lastValue()));
        }
        print("epoch-like EJML mult, in this JVM (no debug agent)", epochHere());
        print("plain Java loop 2e8, in this JVM", loopHere());
        stock("jdi", steps);
        stock("local", steps);
    }

    private static void stock(String engine, int steps) {
        long t0 = System.nanoTime();
        try (JShell shell = JShell.builder().executionEngine(engine).build()) {
            shell.eval("1 + 1");
            print("stock JShell '%s': create + first 1+1", ms(System.nanoTime() - t0), engine);
            print("trivial step, stock '%s' engine, median of %d", median(steps, i ->
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
            for (int rep = 0; rep < 3; rep++) {
                for (int b = 0; b < 235; b++) {
                    CommonOps_DDRM.mult(xb, w, zb);
                }
            }
            return zb.get(0, 0);
        }) / 3;
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
