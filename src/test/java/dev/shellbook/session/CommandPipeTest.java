package dev.shellbook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CommandPipeTest {

    @Test
    void readsAcrossFramesAndEndsAfterTheLastOneOnceClosed() throws IOException {
        CommandPipe pipe = new CommandPipe();
        pipe.put(new byte[] {1, 2, 3});
        pipe.put(new byte[] {4, 5});
        byte[] into = new byte[4];
        assertEquals(4, pipe.read(into, 0, 4));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, into);
        pipe.close();
        assertEquals(5, pipe.read());
        assertEquals(-1, pipe.read());
    }

    @Test
    void aReaderInterruptedWhileWaitingKeepsWaitingAndLeavesNoInterruptBehind() throws Exception {
        CommandPipe pipe = new CommandPipe();
        int[] got = new int[1];
        boolean[] interrupted = new boolean[1];
        Thread reader = new Thread(() -> {
            try {
                got[0] = pipe.read();
                interrupted[0] = Thread.currentThread().isInterrupted();
            } catch (IOException e) {
                got[0] = -2;
            }
        });
        reader.start();
        while (reader.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        reader.interrupt();
        while (reader.isInterrupted() || reader.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // until the interrupt woke it and it waits again
        }
        pipe.put(new byte[] {42});
        reader.join();
        assertEquals(42, got[0]);
        assertEquals(false, interrupted[0], "a stop's interrupt must not reach the learner's next cell");
    }
}
