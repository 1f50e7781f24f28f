package dev.shellbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Objects;

/** The command frames, read as one stream: blocks until a frame is there; ends once the socket has ended. */
final class CommandPipe extends InputStream {
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private int position;
    private boolean closed;

    synchronized void put(byte[] frame) {
        if (frame.length > 0) {
            frames.addLast(frame);
            notifyAll();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public synchronized int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (!awaitFrame()) {
            return -1;
        }
        int copied = 0;
        while (copied < length && !frames.isEmpty()) {
            byte[] frame = frames.peekFirst();
            int n = Math.min(length - copied, frame.length - position);
            System.arraycopy(frame, position, into, offset + copied, n);
            copied += n;
            position += n;
            if (position == frame.length) {
                frames.removeFirst();
                position = 0;
            }
        }
        return copied;
    }

    @Override
    public synchronized int available() {
        return frames.stream().mapToInt(f -> f.length).sum() - position;
    }

    /**
     * Waits for a frame; {@code false} at the end. Like JShell's own pipe it waits through interrupts and drops
     * them: Ctrl-C's stop leaves the agent's thread interrupted (the JVM interrupts a thread it stops), and the
     * learner's next {@code Thread.sleep} must not inherit that.
     */
    private boolean awaitFrame() {
        while (frames.isEmpty() && !closed) {
            try {
                wait();
            } catch (InterruptedException stopLeftover) {
                // dropped, see above
            }
        }
        return !frames.isEmpty();
    }
}
