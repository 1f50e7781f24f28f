package dev.shellbook.ml;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Helper threads that join the calling thread on phases of numbered chunks: {@code run(n, task)} runs task(0),
 * …, task(n−1), each once, on the caller and on whichever helpers are running, and returns when all are done.
 * The chunks are handed out by an atomic counter, so a helper that the OS has descheduled (a busy machine) takes
 * no chunks and is not waited for; the caller then simply does them all. Between phases helpers spin briefly, then
 * park. Memory: everything written before {@code run} is visible to the chunks, and everything the chunks wrote is
 * visible after it returns (volatile phase hand-off, atomic counters).
 */
final class Team implements AutoCloseable {
    private static final int SPINS = 1 << 12;
    private final Thread[] helpers;
    private volatile Phase current;
    private volatile boolean closed;
    private volatile Throwable failure;

    private record Phase(IntConsumer task, int chunks, AtomicInteger next, AtomicInteger done) {}

    /** A team of the caller plus {@code helpers} daemon threads (0: the caller alone). */
    Team(int helpers) {
        this.helpers = new Thread[helpers];
        for (int i = 0; i < helpers; i++) {
            this.helpers[i] = new Thread(this::loop, "shellbook-sgd-" + (i + 1));
            this.helpers[i].setDaemon(true);
            this.helpers[i].start();
        }
    }

    /** Runs task(0 .. chunks−1), each exactly once, and returns when all are done. */
    void run(int chunks, IntConsumer task) {
        Phase p = new Phase(task, chunks, new AtomicInteger(), new AtomicInteger());
        current = p;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        help(p);
        for (int spins = 0; p.done().get() < chunks; spins++) {
            if (failure != null) {
                throw new IllegalStateException("training thread failed: " + failure, failure);
            }
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private static void help(Phase p) {
        for (int c = p.next().getAndIncrement(); c < p.chunks(); c = p.next().getAndIncrement()) {
            p.task().accept(c);
            p.done().incrementAndGet();
        }
    }

    private void loop() {
        Phase seen = null;
        int idle = 0;
        while (!closed) {
            Phase p = current;
            if (p != seen) {
                seen = p;
                idle = 0;
                try {
                    help(p);
                } catch (RuntimeException | Error e) {
                    failure = e;
                    return;
                }
            } else if (++idle < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, 1_000_000);
            }
        }
    }

    /** Stops and joins the helpers. */
    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
            try {
                h.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
