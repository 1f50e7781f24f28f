package dev.shellbook.ml.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The calling thread plus long-lived daemon helpers that share phases of numbered chunks: {@code run(n, task)}
 * runs task(0), …, task(n − 1), each once, and returns when all are done. Chunks are handed out by an atomic
 * counter, so a helper that the OS has descheduled (a busy machine) takes none and the caller does them all; the
 * results never depend on who ran which chunk. Idle helpers spin briefly, then park until the next phase.
 * One phase at a time: concurrent callers take turns.
 *
 * <p>A helper descheduled while it holds a chunk makes the caller wait for it; on a machine shared by many busy
 * processes that happens on most phases and costs a scheduler slice each time (measured at load average 30: the
 * 784-100-10 epoch took 10× its CPU time). So when the caller has waited more than {@link #LATE_NANOS} for a
 * helper, the next {@link #SOLO_PHASES} phases run on the caller alone, then the helpers are tried again.
 */
public final class Workers {
    /** One chunk of a phase, given the chunk's number and the worker running it (0 = the caller). */
    public interface Task {
        void run(int chunk, int worker);
    }

    private static final int SPINS = 1 << 11;
    static final long LATE_NANOS = 300_000;
    static final int SOLO_PHASES = 64;
    private int solo;
    private static final Workers SHARED = new Workers(Math.min(2, Runtime.getRuntime().availableProcessors()));
    private final int threads;
    private Thread[] helpers;
    private volatile Phase current;
    private volatile Throwable failure;

    private record Phase(Task task, int chunks, AtomicInteger next, AtomicInteger done) {}

    /** Workers for {@code threads} threads in all (1: the caller alone). Helpers start on the first phase. */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Workers: expected threads >= 1, found " + threads);
        }
        this.threads = threads;
    }

    /** The JVM-wide workers: 2 threads (1 on a one-core machine). */
    public static Workers shared() {
        return SHARED;
    }

    public int threads() {
        return threads;
    }

    /** Runs task(0 .. chunks − 1), each exactly once, and returns when all are done (rethrowing a failure). */
    public synchronized void run(int chunks, Task task) {
        Phase p = new Phase(task, chunks, new AtomicInteger(), new AtomicInteger());
        boolean shared = threads > 1 && chunks > 1 && solo == 0;
        solo = Math.max(0, solo - 1);
        if (shared) {
            wake(p);
        }
        help(p, 0);
        long waitStart = System.nanoTime();
        for (int spins = 0; p.done().get() < chunks; spins++) {
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        if (shared && System.nanoTime() - waitStart > LATE_NANOS) {
            solo = SOLO_PHASES;
        }
        Throwable f = failure;
        if (f != null) {
            failure = null;
            throw new IllegalStateException("a kernel thread failed: " + f, f);
        }
    }

    private void wake(Phase p) {
        if (helpers == null) {
            helpers = new Thread[threads - 1];
            for (int i = 0; i < helpers.length; i++) {
                int worker = i + 1;
                helpers[i] = new Thread(() -> loop(worker), "shellbook-kernel-" + worker);
                helpers[i].setDaemon(true);
                helpers[i].start();
            }
        }
        current = p;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
    }

    private void help(Phase p, int worker) {
        for (int c = p.next().getAndIncrement(); c < p.chunks(); c = p.next().getAndIncrement()) {
            try {
                p.task().run(c, worker);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                p.done().incrementAndGet();
            }
        }
    }

    private void loop(int worker) {
        Phase seen = null;
        for (int idle = 0; ; ) {
            Phase p = current;
            if (p != seen) {
                seen = p;
                idle = 0;
                help(p, worker);
            } else if (++idle < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
    }
}
