package dev.shellbook.session;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * The command socket between the session and its execution JVM: JShell's command stream and the user's
 * {@code System.out}/{@code System.err} share it as frames, so output printed before a reply arrives before it.
 *
 * <p>A frame is a channel byte, a 4-byte big-endian length and that many bytes. What a channel's writer is given
 * goes out as one frame at its {@code flush()}: a command (JShell flushes once per command) is one frame and one
 * system call. JShell's own transport ({@code jdk.jshell.execution.Util}) cuts everything into 127-byte frames,
 * flushes after every write, and hands bytes to the command reader one by one with a wake-up each: a 400-byte class
 * file cost a millisecond or two of a trivial step's 17 ms there, and ~0.1 ms here.
 *
 * <p>When the socket ends (the JVM died, the session closed it), even half-way through a frame, the reader ends
 * quietly and the command stream reaches its end, which JShell reports as the engine's termination.
 */
final class Link {

    static final int COMMAND = 0;
    static final int OUT = 1;
    static final int ERR = 2;

    /** JShell's command streams over a link: what {@code JdiExecutionControl} and its forwarder talk through. */
    record Commands(ObjectInputStream in, ObjectOutputStream out) {
    }

    private final DataOutputStream socketOut;
    private final DataInputStream socketIn;
    private final OutputStream[] targets = new OutputStream[3];
    private final Pipe commands = new Pipe();

    private Link(InputStream in, OutputStream out) {
        socketIn = new DataInputStream(new BufferedInputStream(in));
        socketOut = new DataOutputStream(new BufferedOutputStream(out));
    }

    /** A link over a connected socket's streams; nothing is read until {@link #commands()}. */
    static Link over(InputStream in, OutputStream out) {
        return new Link(in, out);
    }

    /** The session's side: frames of the user's output go to {@code out} and {@code err} as they arrive. */
    Link deliverOutput(OutputStream out, OutputStream err) {
        targets[OUT] = out;
        targets[ERR] = err;
        return this;
    }

    /** A writer of frames on {@code channel}: each {@code flush()} sends what was written since as one frame. */
    OutputStream writer(int channel) {
        return new Frame(channel);
    }

    /**
     * Starts reading and opens JShell's command streams. Each end sends its stream header first, then waits for
     * the other's, so both ends may call this at once.
     */
    Commands commands() throws IOException {
        ObjectOutputStream out = new ObjectOutputStream(writer(COMMAND));
        out.flush();
        startReading();
        return new Commands(new ObjectInputStream(commands), out);
    }

    private void startReading() {
        Thread reader = new Thread(this::read, "shellbook-link-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Hands each frame to its channel until the socket ends; then ends the command stream. */
    private void read() {
        try {
            for (int channel; (channel = socketIn.read()) >= 0; ) {
                byte[] data = new byte[socketIn.readInt()];
                socketIn.readFully(data);
                deliver(channel, data);
            }
        } catch (IOException | RuntimeException socketEnded) {
            // the JVM died or the session closed the socket, maybe half-way through a frame: the end either way
        } finally {
            commands.close();
        }
    }

    private void deliver(int channel, byte[] data) throws IOException {
        if (channel == COMMAND) {
            commands.put(data);
        } else if (channel < targets.length && targets[channel] != null) {
            targets[channel].write(data);
            targets[channel].flush();
        }
    }

    private void send(int channel, ByteArrayOutputStream data) throws IOException {
        synchronized (socketOut) {
            socketOut.writeByte(channel);
            socketOut.writeInt(data.size());
            data.writeTo(socketOut);
            socketOut.flush();
        }
    }

    /** One channel's writer: collects bytes until {@code flush()}, then sends them as one frame. */
    private final class Frame extends OutputStream {
        private final int channel;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        Frame(int channel) {
            this.channel = channel;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            pending.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            if (pending.size() > 0) {
                send(channel, pending);
                pending.reset();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The command frames, read as one stream: blocks until a frame is there; ends once the socket has ended. */
    static final class Pipe extends InputStream {
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
}
