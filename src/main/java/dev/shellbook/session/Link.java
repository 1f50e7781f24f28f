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
import java.nio.ByteBuffer;

/**
 * The command socket between the session and its execution JVM: JShell's command stream, the user's
 * {@code System.out}/{@code System.err} and two small notes share it as frames, so what was sent before a reply
 * arrives before it.
 *
 * <p>A frame is a channel byte, a 4-byte big-endian length and that many bytes. What a channel's writer is given
 * goes out as one frame at its {@code flush()}: a command (JShell flushes once per command) is one frame and one
 * system call. JShell's own transport ({@code jdk.jshell.execution.Util}) cuts everything into 127-byte frames,
 * flushes after every write, and hands bytes to the command reader one by one with a wake-up each. Each thread
 * hand-off costs a trivial step time, so the execution JVM reads its commands straight from the socket (it is sent
 * nothing else), and two notes skip JShell's serialization: {@link #CELL} (a new cell starts: the agent opens a
 * fresh {@link OutputCap} and echoes the note, so all it printed before, a background thread's lines included, has
 * arrived when {@link #startCell} returns and is not taken for the new cell's) and {@link #THREADS} (the agent's
 * thread count after each snippet, sent before the snippet's reply, so asking for it costs nothing).
 *
 * <p>When the socket ends (the JVM died, the session closed it), even half-way through a frame, the reader ends
 * quietly and the command stream reaches its end, which JShell reports as the engine's termination.
 */
final class Link {

    static final int COMMAND = 0;
    static final int OUT = 1;
    static final int ERR = 2;
    static final int CELL = 3;
    static final int THREADS = 4;

    /** JShell's command streams over a link: what {@code JdiExecutionControl} and its forwarder talk through. */
    record Commands(ObjectInputStream in, ObjectOutputStream out) {
    }

    private final DataOutputStream socketOut;
    private final DataInputStream socketIn;
    private final OutputStream[] targets = new OutputStream[3];
    private final Object cells = new Object();
    private volatile int threads = -1;
    private int cellsStarted;
    private int cellsEchoed;
    private boolean ended;

    private Link(InputStream in, OutputStream out) {
        socketIn = new DataInputStream(new BufferedInputStream(in));
        socketOut = new DataOutputStream(new BufferedOutputStream(out));
    }

    /** A link over a connected socket's streams; nothing is read until {@link #commands} or {@link #serve}. */
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
     * The session's side: a reader thread hands output to its targets and replies to the command stream, in the
     * order they arrive. Each end sends its stream header first, then waits for the other's.
     */
    Commands commands() throws IOException {
        ObjectOutputStream out = header();
        CommandPipe replies = new CommandPipe();
        Thread reader = new Thread(() -> read(replies), "shellbook-link-reader");
        reader.setDaemon(true);
        reader.start();
        return new Commands(new ObjectInputStream(replies), out);
    }

    /**
     * The execution JVM's side: commands are read straight from the socket; a {@link #CELL} note runs
     * {@code onCell}, then is echoed.
     */
    Commands serve(Runnable onCell) throws IOException {
        ObjectOutputStream out = header();
        return new Commands(new ObjectInputStream(new CommandInput(onCell)), out);
    }

    /**
     * The session's side: tells the agent a new cell starts and waits for its echo (or the end of the socket), so
     * output printed before the agent opened the cell's budget has been delivered when this returns.
     */
    void startCell() throws IOException {
        int cell;
        synchronized (cells) {
            cell = ++cellsStarted;
        }
        send(CELL, number(cell));
        synchronized (cells) {
            while (cellsEchoed < cell && !ended) {
                try {
                    cells.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The agent's side: reports its thread count; the session has it before the reply that follows. */
    void reportThreads(int count) throws IOException {
        send(THREADS, number(count));
    }

    /** The session's side: the last thread count the agent reported, -1 before the first. */
    int threads() {
        return threads;
    }

    private ObjectOutputStream header() throws IOException {
        ObjectOutputStream out = new ObjectOutputStream(writer(COMMAND));
        out.flush(); // the stream header: the other end's ObjectInputStream waits for it
        return out;
    }

    /** Hands each frame to its channel until the socket ends; then ends the command stream. */
    private void read(CommandPipe replies) {
        try {
            for (int channel; (channel = socketIn.read()) >= 0; ) {
                byte[] data = new byte[socketIn.readInt()];
                socketIn.readFully(data);
                deliver(channel, data, replies);
            }
        } catch (IOException | RuntimeException socketEnded) {
            // the JVM died or the session closed the socket, maybe half-way through a frame: the end either way
        } finally {
            replies.close();
            synchronized (cells) {
                ended = true;
                cells.notifyAll();
            }
        }
    }

    private void deliver(int channel, byte[] data, CommandPipe replies) throws IOException {
        if (channel == COMMAND) {
            replies.put(data);
        } else if (channel == THREADS && data.length == 4) {
            threads = ByteBuffer.wrap(data).getInt();
        } else if (channel == CELL && data.length == 4) {
            synchronized (cells) {
                cellsEchoed = ByteBuffer.wrap(data).getInt();
                cells.notifyAll();
            }
        } else if (channel < targets.length && targets[channel] != null) {
            targets[channel].write(data);
            targets[channel].flush();
        }
    }

    private static ByteArrayOutputStream number(int value) {
        ByteArrayOutputStream four = new ByteArrayOutputStream(4);
        four.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
        return four;
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

    /** The command frames' bytes, read straight from the socket; notes are acted on between them. */
    private final class CommandInput extends InputStream {
        private final Runnable onCell;
        private int left;

        CommandInput(Runnable onCell) {
            this.onCell = onCell;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (left == 0) {
                if (!nextCommandFrame()) {
                    return -1;
                }
            }
            int n = socketIn.read(into, offset, Math.min(length, left));
            left -= Math.max(n, 0);
            return n;
        }

        /**
         * Reads the next frame's header, acting on a note; {@code false} at the end of the socket. First drops the
         * thread's interrupt, as JShell's own pipe did by waiting: Ctrl-C's stop leaves the thread that ran the
         * snippet interrupted (the JVM interrupts a thread it stops), and the learner's next {@code Thread.sleep}
         * must not inherit that.
         */
        private boolean nextCommandFrame() throws IOException {
            Thread.interrupted();
            int channel = socketIn.read();
            if (channel < 0) {
                return false;
            }
            int length = socketIn.readInt();
            if (channel == COMMAND) {
                left = length;
                return true;
            }
            byte[] note = socketIn.readNBytes(length);
            if (channel == CELL) {
                onCell.run();
                ByteArrayOutputStream echo = new ByteArrayOutputStream(note.length);
                echo.writeBytes(note);
                send(CELL, echo);
            }
            return true;
        }
    }
}
