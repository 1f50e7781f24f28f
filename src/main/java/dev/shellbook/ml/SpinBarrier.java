package dev.shellbook.ml;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable barrier for a few threads that meet hundreds of times a second (twice per SGD batch): waiters spin
 * briefly, then yield, so a meeting costs about a microsecond when both cores are free and gives the core away
 * when the other thread was descheduled (a busy machine). Passing it orders memory like a lock (happens-before from every arrival to every exit).
 */
final class SpinBarrier {
    /** Spins before yielding: a PAUSE is ~40–140 cycles, so about 10–40 µs, longer than a balanced half-batch gap. */
    private static final int SPINS = 256;
    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;
    private volatile boolean broken;

    SpinBarrier(int parties) {
        this.parties = parties;
    }

    /** Waits until all parties arrived. Throws IllegalStateException when another party failed. */
    void await() {
        int g = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            generation = g + 1;
            return;
        }
        int spins = 0;
        while (generation == g) {
            if (broken) {
                throw new IllegalStateException("another training thread failed");
            }
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** Releases the waiters with an exception (a party failed). */
    void breakBarrier() {
        broken = true;
    }
}
