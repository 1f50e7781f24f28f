package dev.shellbook.session;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ctrl-C handling: asks the running snippet to stop, and if it has not stopped a little later (the stop
 * arrived while the snippet was still compiling, or the code is stuck in native code), asks again and finally
 * ends its JVM so the session recovers within about a second and a half.
 */
final class StopControl implements AutoCloseable {

    static final long RETRY_MILLIS = 400;
    static final long KILL_MILLIS = 1200;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "shellbook-stop");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Engine running;
    private volatile long run;
    private volatile boolean requested;

    /** Runs {@code work} as the current run on {@code engine}. */
    <T> T during(Engine engine, Supplier<T> work) {
        requested = false;
        run++;
        running = engine;
        try {
            return work.get();
        } finally {
            running = null;
        }
    }

    /** {@code true} once Ctrl-C was pressed during the current run. */
    boolean requested() {
        return requested;
    }

    /** Stops the current run, escalating if it does not end. */
    void stop() {
        Engine engine = running;
        if (engine == null) {
            return;
        }
        requested = true;
        long thisRun = run;
        engine.stop();
        timer.schedule(() -> again(engine, thisRun, false), RETRY_MILLIS, TimeUnit.MILLISECONDS);
        timer.schedule(() -> again(engine, thisRun, true), KILL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void again(Engine engine, long thisRun, boolean kill) {
        if (running != engine || run != thisRun) {
            return;
        }
        if (kill) {
            engine.kill("The code did not stop on Ctrl-C, so the session's JVM was ended");
        } else {
            engine.stop();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
