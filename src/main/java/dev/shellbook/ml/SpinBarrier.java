package dev.shellbook.ml;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A reusable barrier for a few threads that meet hundreds of times a second (twice per SGD batch). A waiter spins
 * briefly (a meeting then costs about a microsecond when both cores are free), then parks until the last party
 * wakes it, so a partner that was descheduled on a busy machine costs no CPU. Passing it orders memory like a
 * lock: everything a party wrote before {@link #await} is visible to every party after it.
 */
final class SpinBarrier {
    /** Spins before parking: a PAUSE takes ~40–140 cycles, so 10–40 µs, more than a balanced half-batch gap. */
    private static final int SPINS = 256;
    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private final Queue<Thread> parked = new ConcurrentLinkedQueue<>();
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
            for (Thread t = parked.poll(); t != null; t = parked.poll()) {
                LockSupport.unpark(t);
            }
            return;
        }
        for (int spins = 0; generation == g && spins < SPINS; spins++) {
            Thread.onSpinWait();
        }
        if (generation != g) {
            return;
        }
        parked.add(Thread.currentThread());
        while (generation == g) {
            if (broken) {
                throw new IllegalStateException("another training thread failed");
            }
            LockSupport.parkNanos(this, 200_000);
        }
    }

    /** Releases the waiters with an exception (a party failed). */
    void breakBarrier() {
        broken = true;
        for (Thread t = parked.poll(); t != null; t = parked.poll()) {
            LockSupport.unpark(t);
        }
    }
}
