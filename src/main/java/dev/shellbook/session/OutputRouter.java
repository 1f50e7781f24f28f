package dev.shellbook.session;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where the execution JVM's {@code System.out}/{@code System.err} bytes go: decoded as UTF-8 (keeping split
 * multi-byte characters for the next chunk), captured for the current snippet and streamed to the current
 * {@link OutputSink} as they arrive.
 */
final class OutputRouter {

    private final PrintStream out = new PrintStream(new Decoding(false), true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(new Decoding(true), true, StandardCharsets.UTF_8);
    private OutputSink sink = OutputSink.DISCARD;
    private StringBuilder captured = new StringBuilder();

    /** Stream JShell writes the user's stdout to. */
    PrintStream out() {
        return out;
    }

    /** Stream JShell writes the user's stderr to. */
    PrintStream err() {
        return err;
    }

    /** Sends further output to {@code next} and starts a fresh capture. */
    synchronized void route(OutputSink next) {
        sink = next == null ? OutputSink.DISCARD : next;
        captured = new StringBuilder();
    }

    /** Everything printed since the last {@link #route} or {@link #take}; starts a fresh capture. */
    synchronized String take() {
        String text = captured.toString();
        captured = new StringBuilder();
        return text;
    }

    private synchronized void deliver(String text, boolean error) {
        captured.append(text);
        try {
            sink.write(text, error);
        } catch (RuntimeException brokenSink) {
            sink = OutputSink.DISCARD;
        }
    }

    /** Decodes bytes to text incrementally. */
    private final class Decoding extends OutputStream {
        private final boolean error;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Decoding(boolean error) {
            this.error = error;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, offset, length).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
            decoder.decode(in, chars, false);
            pending = in.slice();
            chars.flip();
            if (chars.hasRemaining()) {
                deliver(chars.toString(), error);
            }
        }
    }
}
