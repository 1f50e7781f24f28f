package dev.shellbook.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void runsEveryChunkExactlyOncePhaseAfterPhaseEvenWhenAHelperIsLate() {
        Workers workers = new Workers(2);
        for (int phase = 0; phase < 200; phase++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(37);
            int slow = phase % 7;
            workers.run(37, (chunk, worker) -> {
                assertTrue(worker == 0 || worker == 1);
                if (chunk == slow && worker == 1) {
                    // a late helper: makes the caller wait, so the next phases run on the caller alone
                    java.util.concurrent.locks.LockSupport.parkNanos(2 * Workers.LATE_NANOS);
                }
                runs.incrementAndGet(chunk);
            });
            for (int c = 0; c < 37; c++) {
                assertEquals(1, runs.get(c), "phase " + phase + " chunk " + c);
            }
        }
    }

    @Test
    void rethrowsAChunksFailureOnTheCaller() {
        Workers workers = new Workers(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> workers.run(8, (chunk, w) -> {
            if (chunk == 5) {
                throw new ArithmeticException("chunk 5");
            }
        }));
        assertTrue(e.getMessage().contains("chunk 5"), e.getMessage());
        AtomicIntegerArray after = new AtomicIntegerArray(3);
        workers.run(3, (chunk, w) -> after.incrementAndGet(chunk));
        assertEquals("[1, 1, 1]", after.toString());
    }
}
