package dev.shellbook.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Caps what a cell prints, inside the execution JVM, so that a flood never reaches the socket: the first
 * {@link #HEAD_LINES} lines go through as they are printed; after that only the last {@link #TAIL_LINES} are
 * kept, and when a snippet ends they follow a line saying how many were left out (like {@link ValueDisplay}'s
 * caps). Lines longer than {@link #LINE_BYTES} count as several. Everything the process prints (the cell's code
 * and any thread it started) shares one budget, which starts afresh with each cell ({@link #startCell}).
 *
 * <p>Nothing here blocks on the shell: dropped bytes cost a counter, so a thread printing forever cannot hold up
 * a cell's result.
 */
final class OutputCap {

    static final int HEAD_LINES = 100;
    static final int TAIL_LINES = 100;
    static final int LINE_BYTES = 400;

    private final OutputStream[] targets = new OutputStream[2];
    private final ArrayDeque<Line> tail = new ArrayDeque<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private int partialChannel;
    private long headLines;
    private long lineBytes;
    private long dropped;

    /** One kept line of the tail, with the channel (0 out, 1 err) it was printed on. */
    private record Line(int channel, byte[] bytes) {
    }

    /** The stream for {@code channel} (0 for out, 1 for err), writing through this cap to {@code target}. */
    synchronized OutputStream stream(int channel, OutputStream target) {
        targets[channel] = target;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                OutputCap.this.write(channel, bytes, offset, length);
            }
        };
    }

    /** A new cell: forget what was printed since the last one and open a fresh budget. */
    synchronized void startCell() {
        tail.clear();
        partial.reset();
        headLines = 0;
        lineBytes = 0;
        dropped = 0;
    }

    /** A snippet ended: print the kept tail after a line counting what was left out; the budget stays spent. */
    synchronized void endSnippet() {
        if (headLines < HEAD_LINES) {
            return;
        }
        try {
            flushTail();
        } catch (IOException socketGone) {
            // the session has gone: nobody is left to read the tail
        }
    }

    private void flushTail() throws IOException {
        endLine();
        if (dropped > 0) {
            send(0, String.format(Locale.ROOT, "… (%,d lines not shown: a cell's output is capped at its first"
                    + " %d and last %d lines)%n", dropped, HEAD_LINES, TAIL_LINES)
                    .getBytes(StandardCharsets.UTF_8), 0, -1);
        }
        for (Line line : tail) {
            send(line.channel(), line.bytes(), 0, line.bytes().length);
        }
        tail.clear();
        dropped = 0;
    }

    private synchronized void write(int channel, byte[] bytes, int offset, int length) throws IOException {
        int through = headLines < HEAD_LINES ? room(bytes, offset, length) : 0;
        if (through > 0) {
            send(channel, bytes, offset, through);
        }
        keep(channel, bytes, offset + through, offset + length);
    }

    /** How many of these bytes fit in the head; counts them in. */
    private int room(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            lineBytes++;
            if (bytes[i] == '\n' || lineBytes == LINE_BYTES) {
                headLines++;
                lineBytes = 0;
            }
            if (headLines >= HEAD_LINES) {
                return i - offset + 1;
            }
        }
        return length;
    }

    /** Adds {@code bytes[from, to)} to the tail, line by line. */
    private void keep(int channel, byte[] bytes, int from, int to) {
        if (partial.size() > 0 && channel != partialChannel) {
            endLine();
        }
        partialChannel = channel;
        for (int start = from; start < to; ) {
            int limit = Math.min(to, start + LINE_BYTES - partial.size());
            int end = start;
            while (end < limit && bytes[end] != '\n') {
                end++;
            }
            int stop = end < limit ? end + 1 : limit;
            partial.write(bytes, start, stop - start);
            start = stop;
            if (end < limit || partial.size() >= LINE_BYTES) {
                endLine();
            }
        }
    }

    private void endLine() {
        if (partial.size() == 0) {
            return;
        }
        tail.addLast(new Line(partialChannel, partial.toByteArray()));
        partial.reset();
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
            dropped++;
        }
    }

    private void send(int channel, byte[] bytes, int offset, int length) throws IOException {
        targets[channel].write(bytes, offset, length < 0 ? bytes.length : length);
        targets[channel].flush();
    }
}
